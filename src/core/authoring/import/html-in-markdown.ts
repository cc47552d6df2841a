// Raw HTML in Markdown documents (a `<table>` of contacts, a `<div align="center">` around an image, `<ul>` lists, a
// `<br>` or `<kbd>` in a line): the playbook shows raw HTML in an SOP as text, tags and all, so the import writes each
// block, and each paragraph or heading holding HTML, as the Markdown it stands for, through the HTML import's own
// sanitising converter, before the document is read for anything else.
import type { Heading, Nodes, Paragraph } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { parseBody } from '../../load/markdown.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { isSiteMarkup } from './site-markup.ts';
import { applyEdits, offsets, type TextEdit } from './text-edits.ts';

export interface HtmlBlockRewrite {
  text: string;
  /** HTML blocks, and paragraphs or headings holding HTML, written as Markdown. */
  count: number;
}

/** Blocks that hold blocks: an HTML block inside one is a block too, written with the container's line prefix. */
const flowParents = new Set<Nodes['type']>(['root', 'blockquote', 'listItem']);

/** Nodes whose Markdown needs something outside the paragraph (a definition, a footnote) to be written back the same. */
const referenceTypes = new Set<Nodes['type']>(['linkReference', 'imageReference', 'footnoteReference']);

const isComment = (html: string) => /^\s*<!--/.test(html);
/** A JSX component (`<Callout kind="tip" title="…">`, another tool's `<Admonition>`): no HTML, and its props are words. */
const isComponent = (html: string) => /<\/?[A-Z]/.test(html);

/** Markdown written where `range` was, each line after the first with the prefix the first has in the source (`> `, an indent). */
function replacement(text: string, range: { start: number; end: number }, markdown: string): TextEdit {
  const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
  // A list item's marker (`2. `, `- `) opens its first line only; the lines after it are indented as far.
  const prefix = text.slice(lineStart, range.start).replace(/[^>\s]/g, ' ');
  const lines = markdown.split('\n').map((line, index) => {
    if (index === 0) return line;
    return line === '' ? prefix.trimEnd() : prefix + line;
  });
  return { ...range, text: lines.join('\n') };
}

/** A paragraph or heading with HTML in its line, as HTML (its Markdown rendered, the HTML as written) and back. */
function lineAsMarkdown(node: Paragraph | Heading): string | undefined {
  const references: Nodes[] = [];
  visit(node, (child) => {
    if (referenceTypes.has(child.type)) references.push(child);
  });
  if (references.length > 0) return undefined;
  const hast = toHast(node, { allowDangerousHtml: true });
  return htmlToMarkdown(toHtml(hast, { allowDangerousHtml: true }), { fragment: true }).markdown.trim();
}

/** A cell's content without the pipes and spaces around it, which its range takes in. */
function cellRange(text: string, range: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = range;
  if (text[start] === '|') start += 1;
  if (text[end - 1] === '|' && text[end - 2] !== '\\') end -= 1;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start += 1;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
  return { start, end };
}

export function htmlBlocksToMarkdown(text: string): HtmlBlockRewrite {
  if (!/<[a-z]/i.test(text)) return { text, count: 0 };
  const edits: TextEdit[] = [];
  visit(parseBody(text, 'md').tree, (node, _index, parent) => {
    const range = offsets(node);
    if (!range || !parent) return;
    if (node.type === 'html' && flowParents.has(parent.type)) {
      // Comments are notes for authors, which `.md` hides; tab and details markup become labels later; components stay.
      if (isComment(node.value) || isSiteMarkup(node.value) || isComponent(node.value)) return;
      edits.push(replacement(text, range, htmlToMarkdown(node.value, { fragment: true }).markdown.trim()));
      return;
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const html = node.children.filter((child) => child.type === 'html');
    if (!html.some((child) => !isComment(child.value)) || html.some((child) => isComponent(child.value))) return SKIP;
    const markdown = lineAsMarkdown(node.type === 'tableCell' ? { type: 'paragraph', children: node.children } : node);
    if (markdown === undefined) return SKIP;
    // A table cell is one line: a line break (`<br>`) is a space there, and a pipe would end the cell.
    const cell = () => markdown.replace(/\\?\n/g, ' ').replace(/(?<!\\)\|/g, '\\|');
    edits.push(node.type === 'tableCell' ? { ...cellRange(text, range), text: cell() } : replacement(text, range, markdown));
    return SKIP;
  });
  return { text: applyEdits(text, edits), count: edits.length };
}
