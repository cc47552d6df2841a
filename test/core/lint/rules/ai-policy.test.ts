import { aiPolicy } from '../../../../src/core/lint/rules/ai-policy.ts';
import { basePlaybookYaml, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const frontmatter = (ai: string, extra = '') => `title: Refunds
summary: How to grant refunds and credits
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refund requests for paid plans${extra}
${ai}`;

const escalation = `
escalation:
  - { tier: l1, owner: billing-ops, when: Over 250 USD }
  - { tier: l2, owner: support-l2 }`;

const sop = (ai: string, options: { extra?: string; body?: string; path?: string } = {}) => ({
  [options.path ?? 'content/sops/refunds.mdx']: sopText({
    frontmatter: frontmatter(ai, options.extra ?? ''),
    ...(options.body ? { body: options.body } : {}),
  }),
});

const stepsBody = (steps: string) => `## Steps\n\n${steps}\n\n## Edge cases\n\n- **Expired card**: refund as credit.\n`;

// Frontmatter lines: 1 `---`, 2 title … 10 appliesTo, `ai:` on 11, `---` on 12; the first step of a body sits on 16.
testRule(aiPolicy, {
  valid: [
    { name: 'an assist SOP with nothing else set', files: sop('ai: { use: assist }') },
    { name: 'a never SOP', files: sop('ai: { use: never }') },
    { name: 'an SOP on the playbook default (assist)', files: sop('') },
    {
      name: 'a resolve SOP with a trigger and an escalation path',
      files: sop('ai: { use: resolve, whenToUse: A customer asks for a refund }', { extra: escalation }),
    },
    {
      name: 'a resolve SOP with a trigger and a handoff team',
      files: sop('ai: { use: resolve, whenToUse: A customer asks for a refund, handoff: billing-ops }'),
    },
    {
      name: 'a step naming a tool the policy lists',
      files: sop('ai: { use: resolve, whenToUse: A refund request, handoff: l2, tools: [Stripe] }', {
        body: stepsBody('1. Issue the refund in Stripe.\n2. Reply with the amount.'),
      }),
    },
    {
      name: 'a step that is itself the handoff',
      files: sop('ai: { use: resolve, whenToUse: A refund request, handoff: l2 }', {
        body: stepsBody('1. Check the amount.\n2. Hand the ticket to Tier 2, who call the customer.'),
      }),
    },
    {
      name: 'a retired SOP that would resolve without a trigger',
      files: {
        'content/sops/refunds.mdx': sopText({
          frontmatter: frontmatter('ai: { use: resolve }').replace('status: active', 'status: retired'),
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a resolve SOP without a trigger, at `ai.use`',
      files: sop('ai: { use: resolve, handoff: l2 }'),
      findings: [{ file: 'content/sops/refunds.mdx', line: 11, column: 12, severity: 'warning', message: 'has no `ai.whenToUse`' }],
    },
    {
      name: 'a resolve SOP with no escalation path and no handoff',
      files: sop('ai:\n  use: resolve\n  whenToUse: A customer asks for a refund'),
      findings: [
        {
          file: 'content/sops/refunds.mdx',
          line: 12,
          column: 8,
          message: 'gives them no way out; add an `escalation` path or `ai.handoff`',
        },
      ],
    },
    {
      name: 'resolve from the playbook default, at the SOP title',
      files: {
        'content/playbook.yaml': `${basePlaybookYaml}ai: { use: resolve }\n`,
        ...sop(''),
      },
      findings: [
        { file: 'content/sops/refunds.mdx', line: 2, column: 1, message: 'no way out' },
        { file: 'content/sops/refunds.mdx', line: 2, column: 1, message: 'has no `ai.whenToUse`' },
      ],
    },
    {
      name: 'steps that need a phone call, an app and a menu path, at each list item',
      files: sop('ai: { use: resolve, whenToUse: A refund request, handoff: l2 }', {
        body: stepsBody(
          '1. Find the charge with the Stripe app in the sidebar.\n2. Call the customer to confirm.\n' +
            '3. Open Admin → Users and reset it.\n4. Reply with the amount.',
        ),
      }),
      findings: [
        { file: 'content/sops/refunds.mdx', line: 16, column: 1, message: 'step 1 of `refunds` needs `Stripe app`' },
        { file: 'content/sops/refunds.mdx', line: 17, column: 1, message: 'step 2 of `refunds` needs `a phone call`' },
        { file: 'content/sops/refunds.mdx', line: 18, column: 1, message: 'step 3 of `refunds` needs `Admin → Users`' },
      ],
    },
    {
      name: 'a handoff that is neither a tier nor an owner, on any policy',
      files: sop('ai: { use: assist, handoff: finance-team }'),
      findings: [{ file: 'content/sops/refunds.mdx', line: 11, column: 29, message: '`ai.handoff` `finance-team` is neither a tier' }],
    },
  ],
});
