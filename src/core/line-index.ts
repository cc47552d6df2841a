// Offsets in a text to 1-based lines and columns, by binary search over the line starts (O(log n) a lookup).

/** Where each line of a text starts, by offset (the first at 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** Lines are counted from the text itself, so a position is never past the end of its line. */
export function lineIndex(text: string, starts = lineStarts(text)): (offset: number) => { line: number; column: number } {
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
