// What an HTML export wraps around a page's words, and how to take it off: Confluence's header, breadcrumbs,
// attachment list and footer; the main content found by `#main-content`, `main`, `article` or `body`.
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'mdast-util-to-string';

/** Parts of Confluence (and other wiki) exports that are navigation or metadata, not the procedure. */
const chromeSelectors = [
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  '#breadcrumb-section',
  '#breadcrumbs',
  '#footer',
  '.page-metadata',
  '#main-header',
  '#page-metadata-banner',
  '#likes-and-labels-container',
  '.pageSection.group',
].join(', ');

/** The page's title: Confluence's `#title-text` (without its `Space : ` prefix), else the first `h1`, else `<title>`. */
export function pageTitle(tree: Root): string | undefined {
  const confluence = select('#title-text', tree);
  const fromConfluence = confluence ? clean(toString(confluence)) : undefined;
  if (fromConfluence) return withoutSpace(fromConfluence);
  const heading = select('h1', tree);
  const fromHeading = heading ? clean(toString(heading)) : undefined;
  if (fromHeading) return fromHeading;
  const title = select('title', tree);
  const fromTitle = title ? clean(toString(title)) : undefined;
  return fromTitle ? withoutSpace(fromTitle) : undefined;
}

function clean(text: string): string | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}

/** Confluence titles pages `Space name : Page title`. */
function withoutSpace(title: string): string {
  const at = title.indexOf(' : ');
  return at === -1 ? title : title.slice(at + 3).trim() || title;
}

/** The element holding the page's own content, with navigation and attachment lists removed. */
export function mainContent(tree: Root): Element | Root {
  const main = select('#main-content', tree) ?? select('main', tree) ?? select('article', tree) ?? select('body', tree) ?? tree;
  for (const element of selectAll(chromeSelectors, main)) removeElement(main, element);
  // A section headed "Attachments" (Confluence's list of files on the page) is chrome, wherever it sits.
  for (const heading of selectAll('h2, h3', main)) {
    if (/^attachments:?$/i.test(toString(heading).trim()) || heading.properties.id === 'attachments') {
      const section = parentOf(main, heading);
      if (
        section &&
        section !== main &&
        section.type === 'element' &&
        section.children.filter((child) => child.type === 'element').length <= 3
      )
        removeElement(main, section);
      else removeElement(main, heading);
    }
  }
  return main;
}

function parentOf(root: Element | Root, target: Element): Element | Root | undefined {
  for (const child of root.children) {
    if (child === target) return root;
    if (child.type === 'element') {
      const found = parentOf(child, target);
      if (found) return found;
    }
  }
  return undefined;
}

function removeElement(root: Element | Root, target: Element | Root): void {
  const parent = target.type === 'element' ? parentOf(root, target) : undefined;
  if (parent) parent.children = parent.children.filter((child) => child !== target);
}
