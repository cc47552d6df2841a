// An SOP or macro body as plain Markdown for AI agents: no MDX, no HTML, links made absolute for the site.
// MDX components are handled by name through `jsxHandlers`; an unknown one becomes its children's content.
import type { Heading, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { gfmAutolinkLiteralToMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

interface MarkdownContext {
  /** The element's children, already converted (flow or phrasing, as the element is). */
  children: RootContent[];
  /** A string attribute's value, undefined when absent or an expression. */
  attribute: (name: string) => string | undefined;
}

/**
 * How an MDX component reads as Markdown, by element name. Extension point for the SOP components:
 * `Callout` → blockquote, `Macro` → the reply text, `Tab` → a labelled section, and so on. A component
 * without a handler reads as its children; one that returns `[]` disappears.
 */
export type JsxHandler = (element: JsxElement, context: MarkdownContext) => RootContent[];

export interface BodyMarkdownOptions {
  /** Turns a link or image address as written into the one published (base path, content files to pages). */
  resolveLink: (url: string) => string;
  /** Leaves out a leading `# Title` that repeats the SOP's title. */
  title?: string | undefined;
  /** Added to every heading's depth (after an `#` becomes `##`), for documents nested in a larger one. */
  headingOffset?: number;
  jsxHandlers?: Readonly<Record<string, JsxHandler>>;
  /** The file's text, which the tree's positions index: nodes that need no change are copied from it as written. */
  source?: string | undefined;
}

const dropped = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const unsafeLink = /^\s*(javascript|vbscript|data):/i;

/** Raw HTML is no output for an agent: comments disappear, other markup leaves only its text. */
function htmlText(value: string): string {
  if (/^\s*<!--[\s\S]*-->\s*$/.test(value)) return '';
  return value
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .trim();
}

function attributeOf(element: JsxElement, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}

/** Parents whose children are blocks: loose text from raw HTML goes into a paragraph there. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);

function convert(nodes: readonly RootContent[], options: BodyMarkdownOptions, parentType = 'root'): RootContent[] {
  const kept: RootContent[] = [];
  const flow = flowParents.has(parentType);
  for (const node of nodes) {
    if (dropped.has(node.type)) continue;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const children = convert(node.children, options, node.type);
      const handler = node.name ? options.jsxHandlers?.[node.name] : undefined;
      kept.push(...(handler ? handler(node, { children, attribute: (name) => attributeOf(node, name) }) : children));
      continue;
    }
    if (node.type === 'html') {
      const text = htmlText(node.value);
      if (text === '') continue;
      const phrasing: PhrasingContent = { type: 'text', value: text };
      kept.push(flow ? { type: 'paragraph', children: [phrasing] } : phrasing);
      continue;
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = unsafeLink.test(node.url) ? '#' : options.resolveLink(node.url);
      kept.push(
        node.type === 'link' ? { ...node, url, children: convert(node.children, options, 'link') as PhrasingContent[] } : { ...node, url },
      );
      continue;
    }
    if (node.type === 'heading') {
      const depth = Math.min(6, Math.max(2, node.depth) + (options.headingOffset ?? 0)) as Heading['depth'];
      kept.push({ ...node, depth, children: convert(node.children, options, 'heading') as PhrasingContent[] });
      continue;
    }
    if ('children' in node) {
      kept.push({ ...node, children: convert((node as Parents).children as RootContent[], options, node.type) } as RootContent);
      continue;
    }
    kept.push(node);
  }
  return kept;
}

function withoutRepeatedTitle(nodes: RootContent[], title: string | undefined): RootContent[] {
  const first = nodes[0];
  if (!title || first?.type !== 'heading' || first.depth !== 1) return nodes;
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return normalise(toString(first)) === normalise(title) ? nodes.slice(1) : nodes;
}

// Tables unpadded: column alignment only adds bytes for a reader that counts tokens.
const markdownExtensions = [
  gfmAutolinkLiteralToMarkdown(),
  gfmFootnoteToMarkdown(),
  gfmStrikethroughToMarkdown(),
  gfmTableToMarkdown({ tablePipeAlign: false }),
  gfmTaskListItemToMarkdown(),
];

/** Serialises mdast the same way everywhere: `-` bullets, `*` emphasis, fenced code, one space after markers. */
function serialiseMarkdown(tree: Nodes): string {
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    extensions: markdownExtensions,
  }).trim();
}

/** Whether a node, as written, would carry MDX, HTML, a link to rewrite or a heading to move into the output. */
function needsRewrite(node: Nodes, options: BodyMarkdownOptions): boolean {
  if (dropped.has(node.type) || node.type === 'html' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return true;
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
    if (unsafeLink.test(node.url) || options.resolveLink(node.url) !== node.url) return true;
  }
  if (node.type === 'heading' && (node.depth === 1 || (options.headingOffset ?? 0) !== 0)) return true;
  return 'children' in node && (node.children as Nodes[]).some((child) => needsRewrite(child, options));
}

/**
 * The nodes exactly as the author wrote them, when nothing in them needs changing: copying the source is
 * many times faster than serialising a tree, and keeps the author's own Markdown.
 */
export function sourceOf(nodes: readonly Nodes[], options: BodyMarkdownOptions): string | undefined {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (options.source === undefined || start === undefined || end === undefined) return undefined;
  if (nodes.some((node) => needsRewrite(node, options))) return undefined;
  return options.source.slice(start, end).replace(/\r\n?/g, '\n').trim();
}

/** The body as Markdown, trimmed; empty when nothing in it is for a reader. */
export function bodyMarkdown(tree: Root, options: BodyMarkdownOptions): string {
  const nodes = withoutRepeatedTitle(
    tree.children.filter((node) => !dropped.has(node.type)),
    options.title,
  );
  return nodes
    .map((node) => sourceOf([node], options) ?? serialiseMarkdown({ type: 'root', children: convert([node], options) }))
    .filter((block) => block !== '')
    .join('\n\n');
}

/** A node list (a list item's content, say) as Markdown on as few lines as it needs. */
export function fragmentMarkdown(nodes: readonly RootContent[], options: BodyMarkdownOptions): string {
  return sourceOf(nodes, options) ?? serialiseMarkdown({ type: 'root', children: convert(nodes, options) });
}
