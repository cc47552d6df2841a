// Where a finding goes: a field's value or key, a Markdown node, the body's first line, with a fallback when positions are missing.
import type { Node } from 'unist';
import { startOfFile, type SourceRange } from '../diagnostic.ts';
import type { ContentDocument, YamlBlock } from '../model.ts';

/** Where a field's value starts, else its key, else `fallback`: rules point at what to edit. */
export function valuePosition(block: YamlBlock, field: string, fallback: SourceRange = startOfFile): SourceRange {
  return block.fields.get(field)?.value ?? fallback;
}

/** Where a field's key starts (for values that span lines, such as mappings), else `fallback`. */
export function keyPosition(block: YamlBlock, field: string, fallback: SourceRange = startOfFile): SourceRange {
  return block.fields.get(field)?.key ?? fallback;
}

/** A Markdown node's start; nodes built by plugins may carry no position. */
export function nodeStart(node: Node, fallback: SourceRange): SourceRange {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

/** The first line of the body with text on it, or the line after the frontmatter when the body is blank. */
export function bodyStart(document: Pick<ContentDocument<unknown>, 'body' | 'bodyLine' | 'file'>): SourceRange {
  const offset = document.body.split(/\r?\n/).findIndex((line) => line.trim() !== '');
  if (offset >= 0) return { line: document.bodyLine + offset, column: 1 };
  const lineCount = document.file.text.split(/\r?\n/).length;
  return { line: Math.max(1, Math.min(document.bodyLine, lineCount)), column: 1 };
}
