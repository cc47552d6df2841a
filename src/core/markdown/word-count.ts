// Words a reader reads in a document: prose, lists, tables and inline code, not frontmatter, code blocks, diagrams or comments.
import type { Root } from 'mdast';

/** Nodes whose text nobody reads as prose: frontmatter, code and mermaid blocks, HTML and MDX comments, imports. */
const unread = new Set(['yaml', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** A word holds a letter or digit; `don't`, `2,000` and `e-mail` count once, a lone `—` not at all. */
const wordPattern = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

interface AnyNode {
  type: string;
  value?: unknown;
  children?: AnyNode[];
}

export function wordCount(tree: Root): number {
  return wordsIn(tree);
}

// A plain walk: `unist-util-visit` copies the list of ancestors at every node, which was half the time of
// counting an SOP's words, and a count needs no ancestors.
function wordsIn(node: AnyNode): number {
  if (unread.has(node.type)) return 0;
  let count =
    (node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string'
      ? (node.value.match(wordPattern) ?? []).length
      : 0;
  for (const child of node.children ?? []) count += wordsIn(child);
  return count;
}
