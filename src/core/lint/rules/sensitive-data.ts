// sensitive-data: card numbers, US SSNs, secret keys and passwords must never sit in an SOP or macro, frontmatter included.
import { defineRule } from '../rule.ts';
import { findSensitiveData } from '../sensitive-patterns.ts';
import { textPositions } from '../text-positions.ts';

export const sensitiveData = defineRule({
  meta: {
    id: 'sensitive-data',
    defaultSeverity: 'error',
    description: 'SOPs and macros must not hold card numbers, national ids, secret keys or passwords',
  },
  check({ playbook, report }) {
    for (const document of [...playbook.sops, ...playbook.macros]) {
      const { path, text } = document.file;
      const matches = findSensitiveData(text);
      if (matches.length === 0) continue;
      const rangeOf = textPositions(text);
      for (const match of matches) report({ file: path, ...rangeOf(match.start, match.end), message: match.message });
    }
  },
});
