// Offsets in a file's text to 1-based lines and columns, for rules that search the text rather than the tree.
import type { SourceRange } from '../diagnostic.ts';

/** Builds the line index on first use only: most files have nothing to report. */
export function textPositions(text: string): (start: number, end: number) => SourceRange {
  let lineStarts: number[] | undefined;
  const point = (offset: number) => {
    lineStarts ??= computeLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  return (start, end) => {
    const from = point(start);
    const to = point(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}
