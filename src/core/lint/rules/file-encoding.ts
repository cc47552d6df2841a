// file-encoding: an SOP or macro that is not clean UTF-8 (invalid bytes, NUL bytes, a UTF-16/32 file), at the byte's line and column.
import type { Rule } from '../rule.ts';

export const fileEncoding: Rule = {
  meta: {
    id: 'file-encoding',
    defaultSeverity: 'error',
    description: 'SOPs and macros must be saved as UTF-8, without NUL bytes: other bytes show up as `�` on the site',
    docs: 'README.md#file-encoding',
  },
  check({ playbook, report }) {
    for (const document of [...playbook.sops, ...playbook.macros]) {
      for (const problem of document.file.encodingProblems ?? []) report({ file: document.file.path, ...problem });
    }
  },
};
