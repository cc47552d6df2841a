// An HTML page (a Confluence space export, a Google Docs "Web page" export, any page) as Markdown to import:
// the main content only, sanitised (no scripts, event handlers or `javascript:` links), through the unified
// ecosystem: rehype-parse, rehype-sanitize, rehype-remark (hast-util-to-mdast) and remark-stringify with GFM tables.
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Link, List, Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { mainContent, pageTitle } from './html-chrome.ts';
import { isGoogleDoc, normaliseGoogleDoc } from './google-docs.ts';
import { flattenTableCells } from './table-cells.ts';
import { normaliseBlocks } from './html-blocks.ts';

export interface HtmlConversion {
  /** Markdown with the page title as its `#` heading. */
  markdown: string;
  title: string | undefined;
  /** Confluence info, tip, note and warning panels turned into quotes. */
  panels: number;
  source: 'confluence' | 'google-docs' | 'html';
  /** The ids the page gives its headings (Confluence's `Refundrequests-Steps`), to each heading's text, for links to them. */
  headingIds: Record<string, string>;
}

/** Confluence's panel macros by class, to the playbook's `Callout` kinds. */
const panelKinds: Array<[string, string]> = [
  ['confluence-information-macro-information', 'note'],
  ['confluence-information-macro-tip', 'tip'],
  ['confluence-information-macro-note', 'warning'],
  ['confluence-information-macro-warning', 'danger'],
];

/** GitHub's sanitising schema (no scripts, no `on*` handlers, only web and mail links) keeping code languages. */
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: { ...defaultSchema.attributes, code: [['className', /^language-./]] },
};

/** A link whose address sanitising removed (`javascript:` and the like) keeps its words, not an empty link. */
function unwrapEmptyLinks() {
  return (tree: MdastRoot) => {
    visit(tree, 'link', (node: Link, index, parent) => {
      if (node.url !== '' || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...(node.children as typeof parent.children));
      return index;
    });
  };
}

/**
 * HTML says nothing of tight or loose lists, and an item holding a nested list reads as loose; a list whose
 * items hold at most one paragraph each is written tight, as people write them.
 */
function tightLists() {
  return (tree: MdastRoot) => {
    visit(tree, 'list', (list: List) => {
      const tight = list.children.every((item) => item.children.filter((child) => child.type === 'paragraph').length <= 1);
      if (!tight) return;
      list.spread = false;
      for (const item of list.children) item.spread = false;
    });
  };
}

const parser = unified().use(rehypeParse);
const converter = unified()
  .use(rehypeSanitize, schema)
  .use(rehypeRemark)
  .use(unwrapEmptyLinks)
  .use(tightLists)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, listItemIndent: 'one', rule: '-' });

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function paragraph(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'p', properties: {}, children };
}

/** An icon (Confluence's `aui-icon`, the emoji of a Notion callout in a box of its own): decoration, not words. */
function isIcon(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  if (classes(node).includes('aui-icon') || classes(node).includes('icon')) return true;
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length > 0 && content.every(isIcon);
}

/**
 * A panel (Confluence's info, tip, note and warning macros, a Notion callout) becomes a quote that opens with its kind
 * and title in bold, as MkDocs admonitions do on import.
 */
function panelsToQuotes(main: Element | Root): number {
  let count = 0;
  for (const panel of selectAll('.confluence-information-macro, .panel:not(.code), figure.callout', main)) {
    const names = classes(panel);
    const kind = panelKinds.find(([name]) => names.includes(name))?.[1] ?? 'note';
    const titleElement = selectAll('.title, .panelHeader', panel)[0];
    const title = titleElement ? toString(titleElement).trim() : '';
    const body = selectAll('.confluence-information-macro-body, .panelContent', panel)[0];
    const label = `${kind[0]!.toUpperCase()}${kind.slice(1)}${title ? `: ${title}` : ''}`;
    const content = (body ?? panel).children.filter((child) => child !== titleElement && !isIcon(child));
    panel.tagName = 'blockquote';
    panel.properties = {};
    panel.children = [
      paragraph([{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: label }] }]),
      ...content,
    ];
    count += 1;
  }
  return count;
}

/** Confluence code blocks: `<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: bash">` with no `code` inside. */
function codeLanguages(main: Element | Root): void {
  for (const pre of selectAll('pre', main)) {
    if (pre.children.some((child) => child.type === 'element' && child.tagName === 'code')) continue;
    const params = String(pre.properties.dataSyntaxhighlighterParams ?? '');
    const language = /brush:\s*([\w+-]+)/.exec(params)?.[1];
    pre.children = [
      { type: 'element', tagName: 'code', properties: language ? { className: [`language-${language}`] } : {}, children: pre.children },
    ];
  }
}

/** A table without header cells (as Google Docs writes them) takes its first row as the header, not an empty one. */
function headerRows(main: Element | Root): void {
  for (const table of selectAll('table', main)) {
    if (selectAll('th', table).length > 0) continue;
    const firstRow = selectAll('tr', table)[0];
    for (const cell of firstRow?.children ?? []) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
  }
}

/** Ids on a heading or inside it (`<h2 id>`, `<a name>`), which links to that section use. */
function headingIds(main: Element | Root): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const heading of selectAll('h1, h2, h3, h4, h5, h6', main)) {
    const text = toString(heading).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    for (const element of [heading, ...selectAll('[id], a[name]', heading)]) {
      for (const id of [element.properties.id, element.properties.name]) if (typeof id === 'string' && id !== '') ids[id] ??= text;
    }
  }
  return ids;
}

export interface HtmlOptions {
  /** Rewrites each link's `href` and image's `src` as written in the page (a help centre's own addresses). */
  rewriteUrl?: ((url: string) => string) | undefined;
  /** A piece of a page (raw HTML in a Markdown document): all of it is content, with no title to find or chrome to drop. */
  fragment?: boolean | undefined;
}

function rewriteUrls(main: Element | Root, rewrite: (url: string) => string): void {
  for (const element of selectAll('a[href], img[src]', main)) {
    const property = element.tagName === 'a' ? 'href' : 'src';
    const value = element.properties[property];
    if (typeof value === 'string') element.properties[property] = rewrite(value);
  }
}

export function htmlToMarkdown(html: string, options: HtmlOptions = {}): HtmlConversion {
  const tree = parser.parse(html);
  const source = isGoogleDoc(tree) ? 'google-docs' : selectAll('#main-content', tree).length > 0 ? 'confluence' : 'html';
  if (source === 'google-docs') normaliseGoogleDoc(tree);
  const title = options.fragment ? undefined : pageTitle(tree);
  const main = options.fragment ? (select('body', tree) ?? tree) : mainContent(tree);
  // Embeds and lazy images get their links first, so that the help centre's addresses in them are rewritten too.
  normaliseBlocks(main, options.fragment === true);
  if (options.rewriteUrl) rewriteUrls(main, options.rewriteUrl);
  const panels = panelsToQuotes(main);
  codeLanguages(main);
  flattenTableCells(main);
  headerRows(main);
  const ids = headingIds(main);
  const hasTitleHeading = selectAll('h1', main).length > 0;
  const content: Root = { type: 'root', children: main.children as Root['children'] };
  const mdast = converter.runSync(content);
  const body = converter.stringify(mdast).trim();
  const heading = !hasTitleHeading && title ? `# ${title.replace(/[\\`*_[\]<>#]/g, (mark) => `\\${mark}`)}\n\n` : '';
  return { markdown: `${heading}${body}\n`, title, panels, source, headingIds: ids };
}
