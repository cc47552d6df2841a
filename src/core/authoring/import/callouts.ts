// Panels of an imported HTML page (Confluence's info, tip, note and warning macros) arrive as quotes that open
// with their kind in bold; in an `.mdx` SOP they become the playbook's `<Callout kind title>` component.
import type { Blockquote, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody } from '../../load/markdown.ts';
import { applyEdits, offsets, type TextEdit } from './text-edits.ts';

const kinds = new Set(['note', 'tip', 'warning', 'danger']);

/** `**Warning: Never refund twice**` -> kind and title; undefined for any other first paragraph. */
function panelLabel(quote: Blockquote): { kind: string; title: string | undefined } | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph' || first.children.length !== 1 || first.children[0]!.type !== 'strong') return undefined;
  const match = /^(\w+)(?::\s*(.+))?$/.exec(toString(first).trim());
  const kind = match?.[1]?.toLowerCase();
  if (!match || !kind || !kinds.has(kind)) return undefined;
  return { kind, title: match[2]?.trim() };
}

/** The quote's text without its `>` marks, from its second block on. */
function innerText(source: string, quote: Blockquote): string | undefined {
  const second = quote.children[1];
  const range = offsets(quote);
  const start = second ? offsets(second)?.start : undefined;
  if (!range || start === undefined) return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return source
    .slice(lineStart, range.end)
    .split('\n')
    .map((line) => line.replace(/^ {0,3}> ?/, ''))
    .join('\n')
    .trim();
}

/** Rewrites top-level panel quotes as `<Callout>`s; the text is left as it was when the result would not parse as MDX. */
export function quotesToCallouts(body: string, tree: Root): { text: string; count: number } {
  const edits: TextEdit[] = [];
  for (const node of tree.children) {
    if (node.type !== 'blockquote') continue;
    const label = panelLabel(node);
    const range = offsets(node);
    const inner = label ? innerText(body, node) : undefined;
    // A title with a quote mark or a brace cannot sit in a JSX string attribute as written.
    if (!label || !range || (label.title && /["{}<>]/.test(label.title))) continue;
    const title = label.title ? ` title="${label.title}"` : '';
    edits.push({ ...range, text: `<Callout kind="${label.kind}"${title}>\n\n${inner ?? ''}\n\n</Callout>`.replace('\n\n\n\n', '\n\n') });
  }
  if (edits.length === 0) return { text: body, count: 0 };
  const text = applyEdits(body, edits);
  return parseBody(text, 'mdx').syntaxError ? { text: body, count: 0 } : { text, count: edits.length };
}
