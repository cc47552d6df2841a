// Google Docs' "Web page" export: formatting lives in classes (`.c4{font-weight:700}`), links go through
// `google.com/url?q=`, and a nested list is a run of flat lists whose class names their level (`lst-kix_x-1`).
// These become plain elements (`strong`, `em`, nested `ul`/`ol`) before the HTML turns into Markdown.
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'mdast-util-to-string';

/** Whether the document looks like a Google Docs export. */
export function isGoogleDoc(tree: Root): boolean {
  return select('body.doc-content', tree) !== undefined || select('[class*="lst-kix_"]', tree) !== undefined;
}

/** Class names the export's style sheet makes bold or italic. */
function styledClasses(tree: Root): { bold: Set<string>; italic: Set<string> } {
  const css = selectAll('style', tree)
    .map((style) => toString(style))
    .join('\n');
  const bold = new Set<string>();
  const italic = new Set<string>();
  for (const rule of css.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) {
    if (/font-weight:\s*(700|bold)/.test(rule[2]!)) bold.add(rule[1]!);
    if (/font-style:\s*italic/.test(rule[2]!)) italic.add(rule[1]!);
  }
  return { bold, italic };
}

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

function walk(node: Element | Root, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
  }
}

/** Rewrites a Google Docs export in place into the plain HTML any converter reads well. */
export function normaliseGoogleDoc(tree: Root): void {
  const { bold, italic } = styledClasses(tree);
  walk(tree, (element) => {
    if (element.tagName === 'span') {
      const names = classes(element);
      const isBold = names.some((name) => bold.has(name));
      const isItalic = names.some((name) => italic.has(name));
      if (isBold || isItalic) {
        let children: ElementContent[] = element.children;
        if (isItalic) children = [{ type: 'element', tagName: 'em', properties: {}, children }];
        if (isBold) children = [{ type: 'element', tagName: 'strong', properties: {}, children }];
        element.children = children;
      }
    }
    if (element.tagName === 'a' && typeof element.properties.href === 'string')
      element.properties.href = unwrapGoogleUrl(element.properties.href);
    // A paragraph styled as the title is the title.
    if (element.tagName === 'p' && classes(element).includes('title')) element.tagName = 'h1';
  });
  nestLists(tree);
}

/** `https://www.google.com/url?q=https://example.com/&sa=D…` -> `https://example.com/`. */
export function unwrapGoogleUrl(href: string): string {
  const match = /^https?:\/\/www\.google\.com\/url\?(.*)$/.exec(href);
  if (!match) return href;
  const target = new URLSearchParams(match[1]).get('q');
  return target ?? href;
}

function listLevel(element: Element): number | undefined {
  if (element.tagName !== 'ul' && element.tagName !== 'ol') return undefined;
  for (const name of classes(element)) {
    const match = /^lst-kix_[\w]+-(\d+)$/.exec(name);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Docs writes one list as a run of flat lists, one per change of level: each `lst-kix_…-N` list goes into the
 * last item of the open list at level N-1, and a list at a level already open continues it.
 */
function nestLists(node: Element | Root): void {
  const kept: Array<Root['children'][number]> = [];
  /** `open[level]`: the list currently collecting items at that level. */
  const open: Element[] = [];
  for (const child of node.children) {
    const level = child.type === 'element' ? listLevel(child) : undefined;
    if (level === undefined) {
      if (child.type === 'text' && child.value.trim() === '' && open.length > 0) continue;
      open.length = 0;
      kept.push(child);
      if (child.type === 'element') nestLists(child);
      continue;
    }
    const list = child as Element;
    const same = open[level];
    if (same && same.tagName === list.tagName) {
      same.children.push(...list.children);
      open.length = level + 1;
      continue;
    }
    const parent = level > 0 ? open[level - 1] : undefined;
    const lastItem = parent
      ? [...parent.children].reverse().find((item): item is Element => item.type === 'element' && item.tagName === 'li')
      : undefined;
    if (lastItem) {
      lastItem.children.push(list);
      open.length = level;
      open.push(list);
    } else {
      kept.push(list);
      open.length = 0;
      open[level] = list;
    }
  }
  node.children = kept;
}
