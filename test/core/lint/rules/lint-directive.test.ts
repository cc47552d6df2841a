import { lintDirective } from '../../../../src/core/lint/rules/lint-directive.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const edgeCases = '## Edge cases\n\n- **Expired card**: refund as credit.\n';
const withComment = (comment: string) => ({
  'content/sops/refunds.mdx': sopText({ body: `${comment}\n## Steps\n\n1. Refund it.\n\n${edgeCases}` }),
});

testRule(lintDirective, {
  valid: [
    {
      name: 'a comment naming a known rule with a reason',
      files: withComment('{/* sop-lint-disable-next-line missing-steps -- prose until Q1 */}'),
    },
    {
      name: 'a comment naming itself with a reason',
      files: withComment('{/* sop-lint-disable-next-line lint-directive, sop-too-long -- long on purpose */}'),
    },
    { name: 'an SOP without comments', files: { 'content/sops/refunds.mdx': sopText() } },
  ],
  invalid: [
    {
      name: 'a comment without a reason',
      files: withComment('{/* sop-lint-disable-next-line missing-steps */}'),
      findings: [{ file: 'content/sops/refunds.mdx', line: 13, column: 1, message: 'disable comment gives no reason' }],
    },
    {
      name: 'comments that cannot be read and silence nothing: no rule, an empty rule, another directive',
      files: {
        'content/sops/refunds.mdx': sopText({
          body:
            '{/* sop-lint-disable-next-line */}\n{/* sop-lint-disable-next-line missing-steps,, -- r */}\n' +
            `  <!-- sop-lint-disable-line missing-steps -- r -->\n## Steps\n\n1. Refund it.\n\n${edgeCases}`,
        }),
      },
      findings: [
        { file: 'content/sops/refunds.mdx', line: 13, column: 1, message: 'disable comment cannot be read, so it silences nothing' },
        { file: 'content/sops/refunds.mdx', line: 14, column: 1, message: 'write `sop-lint-disable-next-line RULE -- reason`' },
        { file: 'content/sops/refunds.mdx', line: 15, column: 3, message: 'disable comment cannot be read' },
      ],
    },
    {
      name: 'a comment naming an unknown rule',
      files: withComment('<!-- sop-lint-disable-next-line missing-step -- typo -->'),
      findings: [
        { file: 'content/sops/refunds.mdx', line: 13, column: 1, message: 'unknown rule `missing-step`; did you mean `missing-steps`?' },
      ],
    },
  ],
});
