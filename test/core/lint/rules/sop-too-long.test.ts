import { sopTooLong } from '../../../../src/core/lint/rules/sop-too-long.ts';
import { basePlaybookYaml, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const words = (count: number) => Array.from({ length: count }, (_, position) => `word${position}`).join(' ');
const withLimit = (limit: number) => ({ 'content/playbook.yaml': `${basePlaybookYaml}maxWords: ${limit}\n` });
const sopWithBody = (body: string) => ({ 'content/sops/refunds.mdx': sopText({ body }) });

// Ten words of prose: a heading (1) and a list of three items (3 + 3 + 3).
const tenWords = '## Steps\n\n1. Confirm the order.\n2. Grant the refund.\n3. Tell the customer.\n';

testRule(sopTooLong, {
  valid: [
    { name: 'an SOP of exactly the default 1200 words', files: sopWithBody(`## Steps\n\n${words(1199)}\n`) },
    { name: 'an SOP at a lower limit', files: { ...withLimit(10), ...sopWithBody(tenWords) } },
    {
      name: 'code blocks, diagrams and comments, which are not counted',
      files: {
        ...withLimit(10),
        ...sopWithBody(
          `${tenWords}\n\`\`\`mermaid\nflowchart TD\n  A[Many words in a diagram] --> B[More words]\n\`\`\`\n\n\`\`\`sh\n` +
            `curl -X POST many more words\n\`\`\`\n\n{/* a comment of several words */}\n`,
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'an SOP over the default limit, at the first body line',
      files: sopWithBody(`## Steps\n\n${words(1200)}\n`),
      findings: [
        {
          file: 'content/sops/refunds.mdx',
          line: 13,
          column: 1,
          severity: 'warning',
          message: 'SOP `refunds` is 1201 words long, over the limit of 1200; split it into linked SOPs or move background out',
        },
      ],
    },
    {
      name: 'an SOP over the limit set in playbook.yaml, counting inline code and table cells',
      files: { ...withLimit(10), ...sopWithBody(`${tenWords}\n| Case | Do |\n|---|---|\n| \`refund\` | credit |\n`) },
      findings: [
        { file: 'content/sops/refunds.mdx', line: 13, column: 1, severity: 'warning', message: 'is 14 words long, over the limit of 10' },
      ],
    },
  ],
});
