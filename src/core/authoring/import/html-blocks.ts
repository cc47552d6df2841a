// Blocks of exported pages that Markdown writes another way: an embedded video or page as a link to it, blank
// paragraphs left out, a lazily loaded image's address, a figure's caption (Notion, Confluence, any page) on a line of
// its own and as the image's alt text when it has none, an image linked to itself as the image alone, and a numbered
// list that Notion exports one `<ol start>` per item as one list again.
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

function isBlank(node: ElementContent): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
}

/** A lazily loaded image (`data-src`, Confluence's `data-image-src`) has its address there while `src` is empty or a placeholder. */
function imageSources(main: Element | Root): void {
  visit(main, 'element', (image: Element, index, parent) => {
    if (image.tagName !== 'img' || !parent || index === undefined) return;
    const source = typeof image.properties.src === 'string' ? image.properties.src.trim() : '';
    if (source !== '' && !source.startsWith('data:')) return;
    const lazy = [image.properties.dataSrc, image.properties.dataImageSrc, image.properties.dataOriginal].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '' && !value.startsWith('data:'),
    );
    if (lazy !== undefined) {
      image.properties.src = lazy;
      return;
    }
    // An image embedded in the page (`data:`) or without an address cannot be linked: its alt text stays, as words.
    const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : '';
    parent.children.splice(index, 1, ...(alt === '' ? [] : [{ type: 'text' as const, value: alt }]));
    return index;
  });
}

/** A caption reads as a line under its image (not run into it), and names the image when its alt text is empty. */
function figures(main: Element | Root): void {
  for (const figure of selectAll('figure', main)) {
    const caption = select('figcaption', figure);
    if (!caption) continue;
    const text = toString(caption).replace(/\s+/g, ' ').trim();
    for (const image of selectAll('img', figure)) if (!image.properties.alt && text !== '') image.properties.alt = text;
    caption.tagName = 'p';
  }
}

/** `<a href="x.png"><img src="x.png"></a>`, as exports wrap every image, is the image: a link around it says nothing more. */
function selfLinkedImages(main: Element | Root): void {
  for (const link of selectAll('a[href]', main)) {
    const content = link.children.filter((child) => !isBlank(child));
    const image = content.length === 1 && content[0]!.type === 'element' && content[0]!.tagName === 'img' ? content[0]! : undefined;
    if (!image || image.properties.src !== link.properties.href) continue;
    link.tagName = 'img';
    link.properties = image.properties;
    link.children = [];
  }
}

function itemCount(list: Element): number {
  return list.children.filter((child) => child.type === 'element' && child.tagName === 'li').length;
}

function startOf(list: Element): number {
  const start = Number(list.properties.start ?? 1);
  return Number.isInteger(start) ? start : 1;
}

/** Notion writes each item of a numbered list as an `<ol>` of its own whose `start` goes on counting: one list again. */
function joinedLists(parent: Element | Root): void {
  const children: Array<(typeof parent.children)[number]> = [];
  let previous: Element | undefined;
  for (const child of parent.children) {
    if (child.type === 'element') joinedLists(child);
    if (previous && child.type === 'text' && child.value.trim() === '') continue;
    const continues =
      previous !== undefined &&
      child.type === 'element' &&
      child.tagName === 'ol' &&
      child.properties.start !== undefined &&
      startOf(child) === startOf(previous) + itemCount(previous);
    if (continues) {
      previous!.children.push(...child.children);
      continue;
    }
    children.push(child);
    previous = child.type === 'element' && child.tagName === 'ol' ? child : undefined;
  }
  parent.children = children;
}

/** `<p>&nbsp;</p>`, which rich-text editors (Zendesk's, Confluence's) write for a blank line, is no paragraph. */
function blankParagraphs(main: Element | Root): void {
  visit(main, 'element', (paragraph: Element, index, parent) => {
    if (paragraph.tagName !== 'p' || !parent || index === undefined) return;
    const blank = paragraph.children.every(
      (child) => (child.type === 'text' && child.value.trim() === '') || (child.type === 'element' && child.tagName === 'br'),
    );
    if (!blank) return;
    parent.children.splice(index, 1);
    return index;
  });
}

const embedTags = new Set(['iframe', 'video', 'audio', 'embed', 'object']);
/** Elements that hold blocks, not a line of text. */
const blockParents = new Set(['article', 'aside', 'blockquote', 'body', 'details', 'div', 'figure', 'footer', 'main', 'section']);

/** Where an embed plays from: `src`, `data`, or its first `<source src>`. */
function embedSource(embed: Element): string | undefined {
  const sources = [embed.properties.src, embed.properties.data, ...selectAll('source', embed).map((source) => source.properties.src)];
  const source = sources.find((value): value is string => typeof value === 'string' && value.trim() !== '');
  // Web addresses and files beside the page; never a script or inline data.
  return source !== undefined && !/^\s*(?:javascript|vbscript|data):/i.test(source) ? source.trim() : undefined;
}

/**
 * A video, a form or a page embedded in another (`<iframe>`, `<video>`) has no place in Markdown and the sanitiser drops
 * it whole; a link to it keeps what the reader was shown: `[How to refund](https://www.youtube.com/embed/…)`.
 */
function embedsAsLinks(main: Element | Root): void {
  visit(main, 'element', (embed: Element, index, parent) => {
    if (!embedTags.has(embed.tagName) || !parent || index === undefined) return;
    const source = embedSource(embed);
    const title = typeof embed.properties.title === 'string' ? embed.properties.title.replace(/\s+/g, ' ').trim() : '';
    const label = title || (embed.tagName === 'audio' ? 'Recording' : embed.tagName === 'video' ? 'Video' : 'Embedded page');
    const link: Element = { type: 'element', tagName: 'a', properties: { href: source }, children: [{ type: 'text', value: label }] };
    // Inside a line of text (a paragraph, a cell) the link stays in the line; between blocks it is a paragraph of its own.
    const inLine = parent.type === 'element' && !blockParents.has(parent.tagName);
    const replacement: ElementContent = inLine ? link : { type: 'element', tagName: 'p', properties: {}, children: [link] };
    parent.children.splice(index, 1, ...(source === undefined ? [] : [replacement]));
    return index + (source === undefined ? 0 : 1);
  });
}

/**
 * The permalink a site puts beside each heading or table row (`<a class="headerlink" href="#steps">¶</a>`,
 * `<a class="anchor" href="#ic1"></a>`): no words, only a mark that would end up in the heading's text.
 */
function permalinks(main: Element | Root): void {
  visit(main, 'element', (link: Element, index, parent) => {
    if (link.tagName !== 'a' || !parent || index === undefined) return;
    const href = link.properties.href;
    if (typeof href !== 'string' || !href.startsWith('#') || selectAll('img', link).length > 0) return;
    if (!/^[\s\u200b¶#§🔗]*$/u.test(toString(link))) return;
    // The mark may carry the section's id (`<a id="ic1" class="anchor">`, `<a name>`), which links to the section use.
    const id = link.properties.id ?? link.properties.name;
    if (id !== undefined && parent.type === 'element' && parent.properties.id === undefined) parent.properties.id = id;
    parent.children.splice(index, 1);
    return index;
  });
}

/**
 * A link to a place in the page that is no heading (Google Docs' footnotes `#ftnt1`, a row's id): Markdown keeps no such
 * place, so the link could only be broken; its words stay. Only a link to an element of the page that is neither a
 * heading, inside one, nor around one (a `<section id>`) loses its link: a link that names no element may still name a
 * heading by its words (`#set-up`), which the import maps later.
 */
function linksToLostPlaces(main: Element | Root): void {
  const headings = selectAll('h1, h2, h3, h4, h5, h6', main);
  const sectionIds = new Set<unknown>();
  for (const heading of headings)
    for (const element of [heading, ...selectAll('[id], a[name]', heading)])
      sectionIds.add(element.properties.id ?? element.properties.name);
  const lostIds = new Set<unknown>();
  for (const element of selectAll('[id], a[name]', main)) {
    const id = element.properties.id ?? element.properties.name;
    if (!sectionIds.has(id) && !select('h1, h2, h3, h4, h5, h6', element)) lostIds.add(id);
  }
  visit(main, 'element', (link: Element, index, parent) => {
    const href = link.properties.href;
    if (link.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href === '#' || !parent || index === undefined) return;
    let target = href.slice(1);
    try {
      target = decodeURIComponent(target);
    } catch {
      // A malformed escape names no id either way.
    }
    if (!lostIds.has(target)) return;
    parent.children.splice(index, 1, ...link.children);
    return index;
  });
}

/** `fragment`: a piece of a Markdown document, whose links may name headings outside it. */
export function normaliseBlocks(main: Element | Root, fragment = false): void {
  permalinks(main);
  if (!fragment) linksToLostPlaces(main);
  embedsAsLinks(main);
  blankParagraphs(main);
  imageSources(main);
  figures(main);
  selfLinkedImages(main);
  joinedLists(main);
}
