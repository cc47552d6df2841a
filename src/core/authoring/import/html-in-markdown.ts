// Raw HTML blocks of Markdown documents (a `<table>` of contacts, a `<div align="center">` around an image, `<ul>`
// lists): the playbook shows raw HTML in an SOP as text, tags and all, so the import writes each block as the Markdown
// it stands for, through the HTML import's own sanitising converter, before the document is read for anything else.
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseBody } from '../../load/markdown.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { isSiteMarkup } from './site-markup.ts';
import { applyEdits, offsets, type TextEdit } from './text-edits.ts';

export interface HtmlBlockRewrite {
  text: string;
  /** HTML blocks written as Markdown. */
  count: number;
}

/** Blocks that hold blocks: an HTML block inside one is a block too, written with the container's line prefix. */
const flowParents = new Set<Nodes['type']>(['root', 'blockquote', 'listItem']);

export function htmlBlocksToMarkdown(text: string): HtmlBlockRewrite {
  if (!/<[a-z]/i.test(text)) return { text, count: 0 };
  const edits: TextEdit[] = [];
  visit(parseBody(text, 'md').tree, 'html', (node, _index, parent) => {
    const range = offsets(node);
    if (!range || !parent || !flowParents.has(parent.type)) return;
    // Comments are notes for authors, which `.md` hides; tab and details markup become labels later.
    if (/^\s*<!--/.test(node.value) || isSiteMarkup(node.value)) return;
    const markdown = htmlToMarkdown(node.value).markdown.trim();
    // Each line after the first takes the prefix the block's first line has in the source (`> `, a list's indent).
    const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
    const prefix = text.slice(lineStart, range.start);
    const lines = markdown.split('\n').map((line, index) => {
      if (index === 0) return line;
      return line === '' ? prefix.trimEnd() : prefix + line;
    });
    edits.push({ ...range, text: lines.join('\n') });
  });
  return { text: applyEdits(text, edits), count: edits.length };
}
