import { escalationPath } from '../../../../src/core/lint/rules/escalation-path.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** `refunds` with an escalation path whose first step is on line 12, one step per line. */
const withPath = (...steps: string[]) => ({
  'content/sops/refunds.mdx': sopText({
    frontmatter: `title: Refunds
summary: Refunds
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refunds
escalation:
${steps.map((step) => `  - ${step}`).join('\n')}`,
  }),
});

const step = (tier: string, when?: string) => `{ tier: ${tier}, owner: maya-chen${when === undefined ? '' : `, when: "${when}"`} }`;
const file = 'content/sops/refunds.mdx';

testRule(escalationPath, {
  valid: [
    { name: 'a path climbing every tier', files: withPath(step('l1', 'Over 250 USD'), step('l2', 'A bug'), step('eng')) },
    { name: 'a path skipping a tier', files: withPath(step('l1', 'A bug'), step('eng')) },
    { name: 'a single step without `when`', files: withPath(step('l2')) },
    {
      name: 'an unknown tier, which `unknown-reference` reports',
      files: withPath(step('l1', 'Over'), step('l9', 'Still over'), step('l2')),
    },
    { name: 'an SOP without escalation', files: { [file]: sopText() } },
  ],
  invalid: [
    {
      name: 'a tier visited twice, at the later tier',
      files: withPath(step('l1', 'Over 250 USD'), step('l2', 'A bug'), step('l2')),
      findings: [
        {
          file,
          line: 14,
          column: 13,
          message: 'step 3 repeats tier `l2` of step 2, so the path loops; merge the two steps or fix the tier',
        },
      ],
    },
    {
      name: 'a loop back to the first tier, once',
      files: withPath(step('l1', 'Over 250 USD'), step('l2', 'A bug'), step('l1')),
      findings: [{ file, line: 14, column: 13, message: 'step 3 repeats tier `l1` of step 1' }],
    },
    {
      name: 'a step down the tier order',
      files: withPath(step('l1', 'Over 250 USD'), step('eng', 'Fixed'), step('l2')),
      findings: [
        {
          file,
          line: 14,
          column: 13,
          message: 'step 3 goes back down to tier `l2` after `eng`; order the steps from the lowest tier up, as in playbook.yaml',
        },
      ],
    },
    {
      name: 'a step with no `when` before the last, at the step',
      files: withPath(step('l1'), step('l2', '  '), step('eng')),
      findings: [
        { file, line: 12, column: 5, message: 'step 1 (`l1`) has no `when`; say what sends the ticket on to step 2' },
        { file, line: 13, column: 5, message: 'step 2 (`l2`) has no `when`' },
      ],
    },
    {
      name: 'a block-style path going down, at its tier',
      files: withPath('tier: l2\n    owner: support-l2\n    when: Needs engineering', 'tier: l1\n    owner: maya-chen'),
      findings: [{ file, line: 15, column: 11, message: 'step 2 goes back down to tier `l1` after `l2`' }],
    },
  ],
});
