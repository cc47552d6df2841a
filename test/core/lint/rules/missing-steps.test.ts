import { missingSteps } from '../../../../src/core/lint/rules/missing-steps.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const edgeCases = '## Edge cases\n\n- **Expired card**: refund as account credit.\n';
const sopWithBody = (body: string) => ({ 'content/sops/refunds.mdx': sopText({ body }) });

// The body starts on line 13 of `sopText` files: 11 lines of frontmatter and a blank line come first.
testRule(missingSteps, {
  valid: [
    { name: 'a numbered Steps section', files: sopWithBody(`## Steps\n\n1. Confirm the order.\n2. Grant the refund.\n\n${edgeCases}`) },
    { name: 'the `Procedure` alias in any case', files: sopWithBody(`## PROCEDURE:\n\n1. Confirm the order.\n\n${edgeCases}`) },
    {
      name: 'numbered steps under sub-headings',
      files: sopWithBody(`## Steps\n\n### Check\n\n1. Confirm the order.\n\n### Act\n\n1. Grant the refund.\n\n${edgeCases}`),
    },
    { name: 'a list starting at another number', files: sopWithBody('## Steps\n\n3. Confirm the order.\n4. Grant the refund.\n') },
    { name: 'steps inside an MDX component', files: sopWithBody('## Steps\n\n<Steps>\n\n1. Confirm the order.\n\n</Steps>\n') },
    { name: 'a plain Markdown SOP', files: { 'content/sops/refunds.md': sopText() } },
    { name: 'a playbook with macros only', files: { 'content/macros/refund-approved.md': '---\ntitle: x\n---\nNo steps here.\n' } },
  ],
  invalid: [
    {
      name: 'an SOP with no Steps section, at its first body line',
      files: sopWithBody(edgeCases),
      findings: [{ file: 'content/sops/refunds.mdx', line: 13, column: 1, message: 'SOP `refunds` has no `## Steps` section' }],
    },
    {
      name: 'a level-1 Steps heading, which is no section',
      files: sopWithBody('# Steps\n\n1. Confirm the order.\n'),
      findings: [{ file: 'content/sops/refunds.mdx', line: 13, column: 1, message: 'has no `## Steps` section' }],
    },
    {
      name: 'an SOP with an empty body, on the line after the frontmatter',
      files: sopWithBody(''),
      findings: [{ file: 'content/sops/refunds.mdx', line: 12, column: 1, message: 'has no `## Steps` section' }],
    },
    {
      name: 'a bulleted Steps section, at its heading',
      files: sopWithBody(`## Steps\n\n- Confirm the order.\n- Grant the refund.\n\n${edgeCases}`),
      findings: [{ file: 'content/sops/refunds.mdx', line: 13, column: 1, message: '`## Steps` holds no numbered list' }],
    },
    {
      name: 'a Steps section written as prose, naming the alias used',
      files: sopWithBody(`Intro.\n\n## Process\n\nConfirm the order, then grant the refund.\n\n${edgeCases}`),
      findings: [{ file: 'content/sops/refunds.mdx', line: 15, column: 1, message: '`## Process` holds no numbered list' }],
    },
    {
      name: 'an empty numbered item, at the item',
      files: sopWithBody('## Steps\n\n1. Confirm the order.\n2.\n3. Grant the refund.\n'),
      findings: [{ file: 'content/sops/refunds.mdx', line: 16, column: 1, message: 'step 2 of `## Steps` is empty' }],
    },
    {
      name: 'each SOP on its own',
      files: {
        'content/sops/refunds.mdx': sopText({ body: edgeCases }),
        'content/sops/chargebacks.md': sopText({ body: '## Steps\n\n* Confirm.\n' }),
      },
      findings: [
        { file: 'content/sops/chargebacks.md', line: 13, column: 1, message: 'holds no numbered list' },
        { file: 'content/sops/refunds.mdx', line: 13, column: 1, message: 'SOP `refunds`' },
      ],
    },
  ],
});
