// file-encoding: an SOP or macro that is not clean UTF-8 (invalid bytes, NUL bytes, a UTF-16/32 file), at the byte's line and column.
import { nulByteMessage } from '../../load/encoding.ts';
import { defineRule } from '../rule.ts';
import { textPositions } from '../text-positions.ts';

export const fileEncoding = defineRule({
  meta: {
    id: 'file-encoding',
    defaultSeverity: 'error',
    description: 'SOPs and macros must be saved as UTF-8, without NUL bytes: other bytes show up as `�` on the site',
  },
  check({ playbook, report }) {
    for (const document of [...playbook.sops, ...playbook.macros]) {
      const { path, text, encodingProblems } = document.file;
      if (encodingProblems) {
        for (const problem of encodingProblems) report({ file: path, ...problem });
        continue;
      }
      // Read as text (no bytes to check): NUL characters can still be found.
      if (!text.includes('\u0000')) continue;
      const position = textPositions(text);
      for (let index = text.indexOf('\u0000'); index !== -1; index = text.indexOf('\u0000', index + 1)) {
        const { line, column } = position(index, index + 1);
        report({ file: path, line, column, message: nulByteMessage });
      }
    }
  },
});
