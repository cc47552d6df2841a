import { missingEdgeCases } from '../../../../src/core/lint/rules/missing-edge-cases.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const steps = '## Steps\n\n1. Confirm the order.\n\n';
const sopWithBody = (body: string, path = 'content/sops/refunds.mdx') => ({ [path]: sopText({ body }) });

// The body starts on line 13 of `sopText` files; with `steps` first, the next section's heading is on line 17.
testRule(missingEdgeCases, {
  valid: [
    { name: 'an Edge cases list', files: sopWithBody(`${steps}## Edge cases\n\n- **Expired card**: refund as credit.\n`) },
    { name: 'the `Exceptions` alias', files: sopWithBody(`${steps}## Exceptions\n\n- Chargebacks: do not refund.\n`) },
    { name: 'the long alias in any case', files: sopWithBody(`${steps}## edge cases and EXCEPTIONS\n\n- Chargebacks: do not refund.\n`) },
    { name: 'a paragraph as the only item', files: sopWithBody(`${steps}## Edge cases\n\nNone known yet; tell the owner when you meet one.\n`) },
    { name: 'situations under sub-headings', files: sopWithBody(`${steps}## Edge cases\n\n### Expired card\n\nRefund as credit.\n`) },
    { name: 'a table of situations', files: sopWithBody(`${steps}## Edge cases\n\n| Situation | Do |\n|---|---|\n| Expired card | Credit |\n`) },
  ],
  invalid: [
    {
      name: 'an SOP without the section, at its first body line',
      files: sopWithBody(steps),
      findings: [{ file: 'content/sops/refunds.mdx', line: 13, column: 1, message: 'SOP `refunds` has no `## Edge cases` section' }],
    },
    {
      name: 'an empty section, at its heading',
      files: sopWithBody(`${steps}## Edge cases\n\n## Common mistakes\n\n- Refunding twice.\n`),
      findings: [{ file: 'content/sops/refunds.mdx', line: 17, column: 1, message: '`## Edge cases` is empty' }],
    },
    {
      name: 'a section holding only an MDX comment',
      files: sopWithBody(`${steps}## Exceptions\n\n{/* TODO: ask billing */}\n`),
      findings: [{ file: 'content/sops/refunds.mdx', line: 17, column: 1, message: '`## Exceptions` is empty' }],
    },
    {
      name: 'a section holding only an HTML comment and a sub-heading',
      files: sopWithBody(`${steps}## Edge cases\n\n<!-- TODO -->\n\n### Later\n`, 'content/sops/refunds.md'),
      findings: [{ file: 'content/sops/refunds.md', line: 17, column: 1, message: '`## Edge cases` is empty' }],
    },
    {
      name: 'a section holding only blank list items',
      files: sopWithBody(`${steps}## Edge cases\n\n-\n-\n`),
      findings: [{ file: 'content/sops/refunds.mdx', line: 17, column: 1, message: 'list at least one situation' }],
    },
  ],
});
