// macro-unused: a live macro used fewer times per quarter than `macros.archiveBelow` is a candidate for archiving.
import { macroUsageSchema } from '../../../../schemas/macro.ts';
import { usagePerQuarter } from '../../macros/usage.ts';
import { textField, valuesAt } from '../frontmatter-fields.ts';
import { keyPosition } from '../locate.ts';
import { defineRule } from '../rule.ts';

/** Archived macros are already out of use; drafts are not in use yet. */
const notLive = new Set(['archived', 'draft']);

export const macroUnused = defineRule({
  meta: {
    id: 'macro-unused',
    defaultSeverity: 'warning',
    description: 'Warns when a macro is used fewer times per quarter than `macros.archiveBelow` in playbook.yaml',
  },
  check({ playbook, today, report }) {
    const threshold = playbook.config.data.macros.archiveBelow;
    for (const macro of playbook.macros) {
      const status = textField(macro.frontmatter, 'status');
      if (status !== undefined && notLive.has(status)) continue;
      const [usageField] = valuesAt(macro.frontmatter, 'usage');
      const usage = macroUsageSchema.safeParse(usageField?.value);
      if (!usage.success) continue;
      const perQuarter = usagePerQuarter(usage.data, today);
      if (perQuarter === undefined || perQuarter >= threshold) continue;
      report({
        file: macro.file.path,
        ...keyPosition(macro.frontmatter, 'usage'),
        message:
          `macro \`${macro.id}\` is used about ${describeUses(perQuarter)} per quarter, under the archive threshold of ` +
          `${threshold}; archive it (\`status: archived\`) or record why it stays`,
      });
    }
  },
});

function describeUses(perQuarter: number): string {
  const rounded = perQuarter < 1 ? Math.round(perQuarter * 10) / 10 : Math.round(perQuarter);
  return `${rounded} ${rounded === 1 ? 'time' : 'times'}`;
}
