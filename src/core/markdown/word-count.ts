// Words a reader reads in a document: prose, lists, tables and inline code, not frontmatter, code blocks, diagrams or comments.
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';

/** Nodes whose text nobody reads as prose: frontmatter, code and mermaid blocks, HTML and MDX comments, imports. */
const unread = new Set(['yaml', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** A word holds a letter or digit; `don't`, `2,000` and `e-mail` count once, a lone `—` not at all. */
const wordPattern = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

export function wordCount(tree: Root): number {
  let count = 0;
  visit(tree, (node: Node) => {
    if (unread.has(node.type)) return SKIP;
    if (node.type === 'text' || node.type === 'inlineCode') {
      count += ((node as Node & { value: string }).value.match(wordPattern) ?? []).length;
    }
    return undefined;
  });
  return count;
}
