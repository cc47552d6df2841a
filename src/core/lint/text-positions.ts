// Offsets in a file's text to 1-based lines and columns, for rules that search the text rather than the tree.
import type { SourceRange } from '../diagnostic.ts';
import { lineIndex } from '../line-index.ts';

/** Builds the line index on first use only: most files have nothing to report. */
export function textPositions(text: string): (start: number, end: number) => SourceRange {
  let point: ReturnType<typeof lineIndex> | undefined;
  return (start, end) => {
    point ??= lineIndex(text);
    const from = point(start);
    const to = point(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
}
