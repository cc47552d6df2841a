// Where a link to a heading of an imported document lands on its SOP page: the import drops the title heading and
// renames sections (`## Procedure` becomes `## Steps`), and other tools write anchors their own way (`#Set-Up`,
// Confluence's `#Refundrequests-Steps`, Zendesk's `#h_01H…`), so each anchor as written maps to the page's own.
import type { Heading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { headingAnchors } from '../../markdown/headings.ts';
import { planHeadings } from './section-headings.ts';

/** An anchor as the source wrote it (`procedure`, without `#`) to the one on the SOP page (`#steps`; `''` for the page's top). */
export type AnchorMap = ReadonlyMap<string, string>;

function squash(anchor: string): string {
  return anchor.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The anchors of one imported document: each heading's slug in the source, and the ids an HTML page gave its headings
 * (`headingIds`, id to heading text), to where that heading is on the SOP page.
 */
export function anchorMap(tree: Root, title: Heading | undefined, headingIds: Readonly<Record<string, string>> = {}): AnchorMap {
  const slugger = new GithubSlugger();
  const landing = new Map<Heading, string>();
  for (const { heading, renamedTo, kept } of planHeadings(tree, title)) {
    const text = toString(heading);
    if (renamedTo === undefined) landing.set(heading, `#${slugger.slug(text)}`);
    else {
      const section = `#${slugger.slug(renamedTo)}`;
      landing.set(heading, kept ? `#${slugger.slug(text)}` : section);
    }
  }
  const anchors = headingAnchors(tree);
  const map = new Map<string, string>();
  for (const anchor of anchors) map.set(anchor.slug, anchor.node === title ? '' : (landing.get(anchor.node) ?? `#${anchor.slug}`));
  for (const [id, text] of Object.entries(headingIds)) {
    const heading = anchors.find((anchor) => anchor.text.trim() === text) ?? anchors.find((anchor) => squash(anchor.text) === squash(text));
    if (heading && !map.has(id)) map.set(id, map.get(heading.slug)!);
  }
  return map;
}

/**
 * The anchor a link should use (`#steps`, `''` for the top of the page), or the one written when it names no heading:
 * the source's own slug or id first, then an anchor of the page as it is, then one that differs only in case and
 * punctuation (`#a-b` for `A - B`, which the playbook writes `#a---b`).
 */
export function matchAnchor(hash: string, anchors: AnchorMap | undefined, decode: (text: string) => string): string {
  if (hash === '' || !anchors) return hash;
  const wanted = decode(hash.slice(1));
  const exact = anchors.get(wanted);
  if (exact !== undefined) return exact;
  if ([...anchors.values()].includes(`#${wanted}`)) return `#${wanted}`;
  const loose = [...anchors.keys()].find((anchor) => squash(anchor) === squash(wanted));
  return loose === undefined ? hash : anchors.get(loose)!;
}
