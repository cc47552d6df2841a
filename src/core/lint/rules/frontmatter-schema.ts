// frontmatter-schema: a field is missing, mistyped or unknown, reported at that field's line.
import type { Rule } from '../rule.ts';

export const frontmatterSchema: Rule = {
  meta: {
    id: 'frontmatter-schema',
    defaultSeverity: 'error',
    description: 'Frontmatter fields must match the schema: required fields present, values well-formed, no unknown keys',
    docs: 'README.md#frontmatter-schema',
  },
  check({ playbook, report }) {
    for (const document of [...playbook.sops, ...playbook.macros]) {
      for (const problem of document.problems) {
        const { kind: _kind, field: _field, message, ...range } = problem;
        report({ file: document.file.path, ...range, message });
      }
    }
  },
};
