// escalation-path: a path climbs the tiers in playbook.yaml's order, visits each tier once, and says `when` to move on.
import { isRecord, valuesAt } from '../frontmatter-fields.ts';
import { valuePosition } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const escalationPath = defineRule({
  meta: {
    id: 'escalation-path',
    defaultSeverity: 'error',
    description: 'An escalation path must not repeat a tier or step back down, and every step but the last needs a `when`',
  },
  check({ playbook, index, report }) {
    for (const sop of playbook.sops) {
      const block = sop.frontmatter;
      const steps = valuesAt(block, 'escalation.*');
      const firstStepOf = new Map<string, number>();
      let highest: { tier: string; order: number } | undefined;
      steps.forEach(({ field, value }, position) => {
        const step = isRecord(value) ? value : {};
        const number = position + 1;
        const tier = typeof step.tier === 'string' ? step.tier : undefined;
        // Unknown tiers are `unknown-reference`'s finding; they have no place in the order to check.
        const order = tier === undefined ? undefined : index.tierOrder.get(tier);
        const at = (message: string, subfield = '') =>
          report({ file: sop.file.path, ...valuePosition(block, `${field}${subfield}`, valuePosition(block, field)), message });
        if (tier !== undefined && order !== undefined) {
          const earlier = firstStepOf.get(tier);
          if (earlier !== undefined) {
            at(
              `step ${number} repeats tier \`${tier}\` of step ${earlier}, so the path loops; merge the two steps or fix the tier`,
              '.tier',
            );
          } else if (highest && order < highest.order) {
            at(
              `step ${number} goes back down to tier \`${tier}\` after \`${highest.tier}\`; order the steps from the lowest ` +
                `tier up, as in playbook.yaml`,
              '.tier',
            );
          }
          if (earlier === undefined) firstStepOf.set(tier, number);
          if (!highest || order > highest.order) highest = { tier, order };
        }
        // Only an absent or blank `when` is reported; a value of another type is the schema's to report.
        const hasWhen = typeof step.when === 'string' ? step.when.trim() !== '' : step.when !== undefined && step.when !== null;
        if (number < steps.length && !hasWhen) {
          at(`step ${number}${tier ? ` (\`${tier}\`)` : ''} has no \`when\`; say what sends the ticket on to step ${number + 1}`);
        }
      });
    }
  },
});
