// escalation-too-long: an escalation path with more steps than `maxEscalationSteps` (default 8) is more than a rep can follow
// mid-ticket, and too big to draw.
import { valuesAt } from '../frontmatter-fields.ts';
import { keyPosition } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const escalationTooLong = defineRule({
  meta: {
    id: 'escalation-too-long',
    defaultSeverity: 'warning',
    description: 'Warns when an escalation path has more steps than `maxEscalationSteps` in playbook.yaml (default 8)',
  },
  check({ playbook, report }) {
    const limit = playbook.config.data.maxEscalationSteps;
    for (const sop of playbook.sops) {
      const steps = valuesAt(sop.frontmatter, 'escalation.*').length;
      if (steps <= limit) continue;
      report({
        file: sop.file.path,
        ...keyPosition(sop.frontmatter, 'escalation'),
        message:
          `the escalation path has ${steps} steps, more than the ${limit} a rep can follow (\`maxEscalationSteps\` in ` +
          `playbook.yaml); merge steps or move the detail into the SOP's body`,
      });
    }
  },
});
