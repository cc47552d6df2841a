// Finds the `---` frontmatter block at the top of a Markdown or MDX file.
import type { SourceRange } from '../diagnostic.ts';

export interface FrontmatterSplit {
  /** The YAML between the fences, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  range: SourceRange;
  body: string;
  bodyLine: number;
  /** The file opens a `---` block on its first line that no `---` line closes. */
  unclosed: boolean;
}

const fencePattern = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const openingFence = /^---[ \t]*\r?\n/;

export function splitFrontmatter(text: string): FrontmatterSplit {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = fencePattern.exec(source);
  if (!match) {
    const unclosed = openingFence.test(source);
    return { yaml: undefined, yamlLine: 1, range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, body: source, bodyLine: 1, unclosed };
  }
  const block = match[0];
  const blockLines = block.split('\n').length - (block.endsWith('\n') ? 1 : 0);
  return {
    yaml: match[1] ?? '',
    yamlLine: 2,
    range: { line: 1, column: 1, endLine: blockLines, endColumn: 4 },
    body: source.slice(block.length),
    bodyLine: blockLines + 1,
    unclosed: false,
  };
}
