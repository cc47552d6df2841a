// macro-orphaned (extension): a live macro that no SOP lists in `macros` or shows with `<Macro id>` is a reply nobody is told to use.
import { idsAt, textField } from '../frontmatter-fields.ts';
import { macrosUsedBy } from '../../components/references.ts';
import { startOfFile } from '../../diagnostic.ts';
import { defineRule } from '../rule.ts';

export const macroOrphaned = defineRule({
  meta: {
    id: 'macro-orphaned',
    defaultSeverity: 'warning',
    description: 'Warns about a macro that no SOP lists in `macros` or shows with `<Macro id>` (archived macros excepted)',
  },
  check({ playbook, report }) {
    // Read from the raw YAML, so an SOP with an unrelated schema problem still counts as using its macros.
    const used = new Set(
      playbook.sops.flatMap((sop) =>
        macrosUsedBy(
          idsAt(sop.frontmatter, 'macros.*').map(({ id }) => id),
          sop,
        ),
      ),
    );
    for (const macro of playbook.macros) {
      if (used.has(macro.id) || textField(macro.frontmatter, 'status') === 'archived') continue;
      report({
        file: macro.file.path,
        ...startOfFile,
        message:
          `macro \`${macro.id}\` is not listed in any SOP's \`macros\` nor shown with \`<Macro id>\`; add it to the ` +
          `SOPs that use it, or archive it`,
      });
    }
  },
});
