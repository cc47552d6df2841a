import { missingSteps } from '../../../../src/core/lint/rules/missing-steps.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { dedent } from '../../../helpers/dedent.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const edgeCases = '## Edge cases\n\n- **Expired card**: refund as account credit.\n';
const sopWithBody = (body: string) => ({ 'content/sops/refunds.mdx': sopText({ body }) });

// Invalid cases show their whole file inline, so each finding's line can be counted on the page.
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

        ## Edge cases

        - **Expired card**: refund as account credit.
      `,
      findings: [{ line: 13, column: 1, message: 'SOP `refunds` has no `## Steps` section' }],
    },
    {
      name: 'a level-1 Steps heading, which is no section',
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

        # Steps

        1. Confirm the order.
      `,
      findings: [{ line: 13, column: 1, message: 'has no `## Steps` section' }],
    },
    {
      name: 'an SOP with an empty body, on the line after the frontmatter',
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
      `,
      findings: [{ line: 12, column: 1, message: 'has no `## Steps` section' }],
    },
    {
      name: 'a bulleted Steps section, at its heading',
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

        - Confirm the order.
        - Grant the refund.
      `,
      findings: [{ line: 13, column: 1, message: '`## Steps` holds no numbered list' }],
    },
    {
      name: 'a Steps section written as prose, naming the alias used',
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

        Intro.

        ## Process

        Confirm the order, then grant the refund.
      `,
      findings: [{ line: 15, column: 1, message: '`## Process` holds no numbered list' }],
    },
    {
      name: 'an empty numbered item, at the item',
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
        2.
        3. Grant the refund.
      `,
      findings: [{ line: 16, column: 1, message: 'step 2 of `## Steps` is empty' }],
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
