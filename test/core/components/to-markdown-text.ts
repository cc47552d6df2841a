// Serialises mdast for assertions, with the GFM and MDX extensions the loader parses with.
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

export function toMarkdownText(tree: Root): string {
  return toMarkdown(tree, { bullet: '-', emphasis: '*', rule: '-' });
}
