// frontmatter-schema: a field is missing, mistyped or unknown, reported at that field's line; also an unknown rule in `rules:`.
import { didYouMean } from '../../nearest.ts';
import { defineRule } from '../rule.ts';

export const frontmatterSchema = defineRule({
  meta: {
    id: 'frontmatter-schema',
    defaultSeverity: 'error',
    description: 'Frontmatter fields must match the schema: required fields present, values well-formed, no unknown keys',
  },
  check({ playbook, ruleIds, report }) {
    // Severity overrides in playbook.yaml must name rules that exist.
    const configFile = playbook.config.file?.path ?? 'content/playbook.yaml';
    for (const ruleId of Object.keys(playbook.config.data.rules)) {
      if (ruleIds.has(ruleId)) continue;
      const location = playbook.config.yaml.fields.get(`rules.${ruleId}`)?.key ?? { line: 1, column: 1 };
      report({ file: configFile, ...location, message: `unknown rule \`${ruleId}\` in \`rules\`${didYouMean(ruleId, ruleIds)}` });
    }
    for (const document of [...playbook.sops, ...playbook.macros]) {
      for (const problem of document.problems) {
        const { kind: _kind, field: _field, message, ...range } = problem;
        report({ file: document.file.path, ...range, message });
      }
    }
  },
});
