// What the build hands Pagefind of each page: only what Pagefind reads of it. The index is byte for byte the one whole
// pages give (tested on the sample site's pages); the point is Pagefind's time, since it reads pages one at a time on one
// core while the build waits (a rebuild's pages are all read again).

/**
 * What Pagefind reads of one of the site's pages: the document up to its `<body>` tag (language, title) and the `<main>`
 * element, which holds the `data-pagefind-body` element and every other `data-pagefind-*` attribute of the layout, with
 * the content of its `data-pagefind-ignore` elements left out (`withoutIgnoredContent`). The site's header, navigation,
 * footer and their scripts are left out: Pagefind indexes nothing outside the body element of a page that marks one, yet
 * parsed all of it. A page laid out otherwise, or with a Pagefind attribute outside `<main>`, goes whole.
 *
 * At 1,000 SOPs and 1,500 macros, Pagefind was sent 23.6 MB whole, 19.0 MB cut to `<main>` (about a tenth less time
 * indexing) and 12.7 MB with the ignored content left out too (a fifth to a quarter less again).
 */
export function searchablePart(html: string): string {
  const bodyTag = html.indexOf('<body');
  const bodyOpened = bodyTag < 0 ? -1 : html.indexOf('>', bodyTag);
  const mainStart = html.indexOf('<main', bodyOpened);
  const mainClose = html.lastIndexOf('</main>');
  if (bodyOpened < 0 || mainStart < 0 || mainClose < mainStart || html.indexOf('<main', mainStart + 1) >= 0) return html;
  const mainEnd = mainClose + '</main>'.length;
  const outside = html.slice(bodyOpened, mainStart) + html.slice(mainEnd);
  if (outside.includes('data-pagefind-')) return html;
  return `${html.slice(0, bodyOpened + 1)}${withoutIgnoredContent(html.slice(mainStart, mainEnd))}</body></html>`;
}

const ignoreMarker = 'data-pagefind-ignore';
/** Elements whose content is text up to their end tag, whatever it holds (`</div>` in a reply's textarea is text). */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title']);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The HTML with every `data-pagefind-ignore` element emptied, the element itself kept: Pagefind indexes none of that
 * content (the copy-reply text areas, the flowcharts' SVGs, the facts and history tables: a third of what it was sent),
 * and the empty element still parts the words on either side as the full one did. An element is left as it is when it
 * holds another Pagefind attribute (its filters and metadata still count, unless it says `="all"`), or when its end
 * cannot be found for sure (a tag cut short, a comment not closed).
 */
export function withoutIgnoredContent(html: string): string {
  let out = '';
  let copied = 0;
  let search = 0;
  for (let at = html.indexOf(ignoreMarker, search); at >= 0; at = html.indexOf(ignoreMarker, search)) {
    search = at + ignoreMarker.length;
    const open = html.lastIndexOf('<', at);
    if (open < copied) continue;
    const attribute = attributeAt(html, open, at);
    if (!attribute) continue;
    const name = tagNameAt(html, open + 1);
    if (voidElements.has(name) || html[attribute.tagEnd - 2] === '/') continue;
    const close = endTagOf(html, name, attribute.tagEnd);
    if (close < 0) continue;
    if (!attribute.all && html.slice(attribute.tagEnd, close).includes('data-pagefind-')) continue;
    out += html.slice(copied, attribute.tagEnd);
    copied = close;
    search = close;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/**
 * Whether the marker at `at` is an attribute of the tag opening at `open` (not text, not inside another attribute's
 * value), with the index just past that tag's `>` and whether its value is `all`.
 */
function attributeAt(html: string, open: number, at: number): { tagEnd: number; all: boolean } | undefined {
  if (!/[a-z]/i.test(html[open + 1] ?? '')) return undefined;
  if (!isInTag(html, open, at) || !/\s/.test(html[at - 1] ?? '') || !/[\s=/>]/.test(html[at + ignoreMarker.length] ?? '')) return undefined;
  const tagEnd = endOfTag(html, at);
  if (tagEnd < 0) return undefined;
  return { tagEnd, all: /^=\s*(?:"all"|'all'|all[\s/>])/.test(html.slice(at + ignoreMarker.length, at + ignoreMarker.length + 8)) };
}

const quoteOrTagEnd = /["'>]/g;
const tagName = /[\w:-]*/y;

/** Whether `at` is inside the tag that opens at `open` and outside its quoted values. */
function isInTag(html: string, open: number, at: number): boolean {
  quoteOrTagEnd.lastIndex = open + 1;
  for (;;) {
    const found = quoteOrTagEnd.exec(html);
    if (!found || found.index >= at) return true;
    if (found[0] === '>') return false;
    const closing = html.indexOf(found[0], found.index + 1);
    if (closing < 0 || closing >= at) return false;
    quoteOrTagEnd.lastIndex = closing + 1;
  }
}

/** The index just past the `>` that closes the tag `from` is in (quoted values read whole), or -1. */
function endOfTag(html: string, from: number): number {
  quoteOrTagEnd.lastIndex = from;
  for (;;) {
    const found = quoteOrTagEnd.exec(html);
    if (!found) return -1;
    if (found[0] === '>') return found.index + 1;
    const closing = html.indexOf(found[0], found.index + 1);
    if (closing < 0) return -1;
    quoteOrTagEnd.lastIndex = closing + 1;
  }
}

function tagNameAt(html: string, from: number): string {
  tagName.lastIndex = from;
  return (tagName.exec(html)?.[0] ?? '').toLowerCase();
}

const rawTextEnds = new Map([...rawTextElements].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]));

/** Where the end tag of the `name` element whose content starts at `from` begins, counting nested ones, or -1. */
function endTagOf(html: string, name: string, from: number): number {
  let depth = 1;
  let cursor = from;
  for (;;) {
    const tag = html.indexOf('<', cursor);
    if (tag < 0) return -1;
    if (html.startsWith('<!--', tag)) {
      const end = html.indexOf('-->', tag + 4);
      if (end < 0) return -1;
      cursor = end + 3;
    } else if (html.startsWith('<![CDATA[', tag)) {
      const end = html.indexOf(']]>', tag + 9);
      if (end < 0) return -1;
      cursor = end + 3;
    } else if (html[tag + 1] === '/') {
      const end = endOfTag(html, tag + 2);
      if (end < 0) return -1;
      if (tagNameAt(html, tag + 2) === name && --depth === 0) return tag;
      cursor = end;
    } else if (/[a-z]/i.test(html[tag + 1] ?? '')) {
      const inner = tagNameAt(html, tag + 1);
      const end = endOfTag(html, tag + 1);
      if (end < 0) return -1;
      const selfClosing = html[end - 2] === '/' || voidElements.has(inner);
      if (!selfClosing && rawTextElements.has(inner)) {
        const rawEnd = rawTextEnds.get(inner)!;
        rawEnd.lastIndex = end;
        const found = rawEnd.exec(html);
        if (!found) return -1;
        cursor = found.index;
        continue;
      }
      if (!selfClosing && inner === name) depth++;
      cursor = end;
    } else cursor = tag + 1;
  }
}
