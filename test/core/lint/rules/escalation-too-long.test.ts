// Item 4 of issue 17: a path longer than a rep can follow is a warning long before it is too big to draw.
import { escalationTooLong } from '../../../../src/core/lint/rules/escalation-too-long.ts';
import { basePlaybookYaml, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const tiers = (count: number) =>
  `tiers:\n${Array.from({ length: count }, (_, index) => `  - { id: t${index}, name: Tier ${index} }`).join('\n')}\n`;
const playbookWith = (count: number, extra = '') => ({
  'content/playbook.yaml': `${basePlaybookYaml.replace(/tiers:\n( {2}- .*\n)+/, tiers(count))}${extra}`,
});
const path = (count: number) =>
  `escalation:\n${Array.from(
    { length: count },
    (_, index) => `  - { tier: t${index}, owner: billing-ops${index < count - 1 ? ', when: Still open' : ''} }`,
  ).join('\n')}`;
const sopWithPath = (count: number) => ({
  'content/sops/refunds.mdx': sopText({
    frontmatter:
      `title: Refunds\nsummary: s\nowner: billing-ops\nversion: 1.0.0\nstatus: active\nreviewed: 2026-11-01\n` +
      `category: billing\nscope:\n  appliesTo: x\n${path(count)}`,
  }),
});

testRule(escalationTooLong, {
  valid: [
    { name: 'a path of 8 steps, the default limit', files: { ...playbookWith(8), ...sopWithPath(8) } },
    { name: 'a path of 12 steps under a limit of 12', files: { ...playbookWith(12, 'maxEscalationSteps: 12\n'), ...sopWithPath(12) } },
    { name: 'an SOP without an escalation path', files: { 'content/sops/refunds.mdx': sopText() } },
  ],
  invalid: [
    {
      name: 'a path of 9 steps, at the `escalation` key',
      files: { ...playbookWith(9), ...sopWithPath(9) },
      findings: [
        {
          file: 'content/sops/refunds.mdx',
          line: 11,
          column: 1,
          severity: 'warning',
          message:
            'the escalation path has 9 steps, more than the 8 a rep can follow (`maxEscalationSteps` in playbook.yaml); merge ' +
            "steps or move the detail into the SOP's body",
        },
      ],
    },
    {
      name: 'a 2,000-step path under a lower limit',
      files: { ...playbookWith(2000, 'maxEscalationSteps: 4\n'), ...sopWithPath(2000) },
      findings: [{ file: 'content/sops/refunds.mdx', line: 11, column: 1, message: /has 2000 steps, more than the 4 a rep can follow/ }],
    },
  ],
});
