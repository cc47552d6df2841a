import { missingEdgeCases } from '../../../../src/core/lint/rules/missing-edge-cases.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { dedent } from '../../../helpers/dedent.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const steps = '## Steps\n\n1. Confirm the order.\n\n';
const sopWithBody = (body: string, path = 'content/sops/refunds.mdx') => ({ [path]: sopText({ body }) });

// Invalid cases show their whole file inline, so each finding's line can be counted on the page.
testRule(missingEdgeCases, {
  valid: [
    { name: 'an Edge cases list', files: sopWithBody(`${steps}## Edge cases\n\n- **Expired card**: refund as credit.\n`) },
    { name: 'the `Exceptions` alias', files: sopWithBody(`${steps}## Exceptions\n\n- Chargebacks: do not refund.\n`) },
    { name: 'the long alias in any case', files: sopWithBody(`${steps}## edge cases and EXCEPTIONS\n\n- Chargebacks: do not refund.\n`) },
    {
      name: 'a paragraph as the only item',
      files: sopWithBody(`${steps}## Edge cases\n\nNone known yet; tell the owner when you meet one.\n`),
    },
    { name: 'situations under sub-headings', files: sopWithBody(`${steps}## Edge cases\n\n### Expired card\n\nRefund as credit.\n`) },
    {
      name: 'a table of situations',
      files: sopWithBody(`${steps}## Edge cases\n\n| Situation | Do |\n|---|---|\n| Expired card | Credit |\n`),
    },
  ],
  invalid: [
    {
      name: 'an SOP without the section, at its first body line',
      code: dedent`
        ---
        title: Refunds
        summary: How to grant refunds and credits
        owner: billing-ops
        version: 1.0.0
        status: active
        reviewed: 2026-11-01
        category: billing
        scope:
          appliesTo: Refund requests for paid plans
        ---

        ## Steps

        1. Confirm the order.
      `,
      findings: [{ line: 13, column: 1, message: 'SOP `refunds` has no `## Edge cases` section' }],
    },
    {
      name: 'an empty section, at its heading',
      code: dedent`
        ---
        title: Refunds
        summary: How to grant refunds and credits
        owner: billing-ops
        version: 1.0.0
        status: active
        reviewed: 2026-11-01
        category: billing
        scope:
          appliesTo: Refund requests for paid plans
        ---

        ## Steps

        1. Confirm the order.

        ## Edge cases

        ## Common mistakes

        - Refunding twice.
      `,
      findings: [{ line: 17, column: 1, message: '`## Edge cases` is empty' }],
    },
    {
      name: 'a section holding only an MDX comment',
      code: dedent`
        ---
        title: Refunds
        summary: How to grant refunds and credits
        owner: billing-ops
        version: 1.0.0
        status: active
        reviewed: 2026-11-01
        category: billing
        scope:
          appliesTo: Refund requests for paid plans
        ---

        ## Steps

        1. Confirm the order.

        ## Exceptions

        {/* TODO: ask billing */}
      `,
      findings: [{ line: 17, column: 1, message: '`## Exceptions` is empty' }],
    },
    {
      name: 'a section holding only an HTML comment and a sub-heading',
      file: 'content/sops/refunds.md',
      code: dedent`
        ---
        title: Refunds
        summary: How to grant refunds and credits
        owner: billing-ops
        version: 1.0.0
        status: active
        reviewed: 2026-11-01
        category: billing
        scope:
          appliesTo: Refund requests for paid plans
        ---

        ## Steps

        1. Confirm the order.

        ## Edge cases

        <!-- TODO -->

        ### Later
      `,
      findings: [{ line: 17, column: 1, message: '`## Edge cases` is empty' }],
    },
    {
      name: 'a section holding only blank list items',
      code: dedent`
        ---
        title: Refunds
        summary: How to grant refunds and credits
        owner: billing-ops
        version: 1.0.0
        status: active
        reviewed: 2026-11-01
        category: billing
        scope:
          appliesTo: Refund requests for paid plans
        ---

        ## Steps

        1. Confirm the order.

        ## Edge cases

        -
        -
      `,
      findings: [{ line: 17, column: 1, message: 'list at least one situation' }],
    },
  ],
});
