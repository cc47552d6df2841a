// A macro's reply as reps take it: the raw text for the clipboard and a one-line preview for lists.
import type { Nodes, Root } from 'mdast';
import type { MacroDocument } from '../model.ts';

/** The reply exactly as written after the frontmatter, placeholders intact; outer blank lines dropped. */
export function replyText(document: MacroDocument): string {
  return document.body.trim();
}

/** Containers whose children are blocks: their texts are joined with a space, not run together. */
const blockContainers = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell']);
/** Nodes a reader never sees as reply text. */
const hidden = new Set(['yaml', 'definition', 'footnoteDefinition', 'thematicBreak']);

function plainText(node: Nodes): string {
  if (hidden.has(node.type)) return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'html') return /^\s*<!--/.test(node.value) ? '' : node.value;
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(plainText);
  return parts.join(blockContainers.has(node.type) ? ' ' : '');
}

// Almost every reply opens "Hi {{ticket.requester.first_name}},"; a preview that repeats it says nothing.
const greeting = /^(hi|hello|hey|dear|good (morning|afternoon|evening))\b(?:[^.!?{}]|\{\{[^{}]*\}\}){0,60}[,!]?$/i;

/** The reply's text without markup, greeting skipped, cut at a word boundary to about `maxLength` characters. */
export function replyPreview(tree: Root, maxLength = 160): string {
  const blocks = tree.children.map((child) => plainText(child).replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (blocks.length > 1 && greeting.test(blocks[0]!)) blocks.shift();
  const text = blocks.join(' ');
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, maxLength + 1);
  const space = cut.lastIndexOf(' ');
  cut = space > maxLength / 2 ? cut.slice(0, space) : cut.slice(0, maxLength);
  // Never end on half a placeholder: `{{ticket.req…` would read as a broken one.
  const open = cut.lastIndexOf('{{');
  if (open > cut.lastIndexOf('}}')) cut = cut.slice(0, open);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
