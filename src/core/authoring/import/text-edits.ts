// Replacements at source offsets, applied together so that every other character of a document stays as written.

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; an edit overlapping an earlier one (by start) is dropped rather than garble the text. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) continue;
    output += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return output + source.slice(cursor);
}

/** A node's start and end offsets in its source, when the parser recorded them. */
export function offsets(node: {
  position?: { start: { offset?: number }; end: { offset?: number } } | undefined;
}): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}
