// What cross-file rules read from a document's body (its links and its heading anchors), computed from
// the parsed tree on first use, or handed over by a lint cache so that an unchanged file is never parsed.
import type { ContentDocument } from '../model.ts';
import { headingAnchors } from '../markdown/headings.ts';
import { linkReferences, mayHoldLinks, type LinkReference } from './link-targets.ts';

export interface DocumentFacts {
  /** Links and images in the body, in order (see `linkReferences`). */
  links: LinkReference[];
  /** Heading slugs, in page order. */
  anchors: string[];
}

type AnyDocument = Pick<ContentDocument<unknown>, 'body' | 'tree'>;

const known = new WeakMap<AnyDocument, Partial<DocumentFacts>>();

function factsOf(document: AnyDocument): Partial<DocumentFacts> {
  let facts = known.get(document);
  if (!facts) known.set(document, (facts = {}));
  return facts;
}

/** The document's links; a body with no link markers is not parsed for them. */
export function linksOf(document: AnyDocument): LinkReference[] {
  const facts = factsOf(document);
  return (facts.links ??= mayHoldLinks(document.body) ? linkReferences(document.tree) : []);
}

/**
 * A heading starts with `#` or sits on a line of `=` or `-` (setext); a body with neither line has no anchors
 * and is not parsed for them (most macros: their `#{{ticket.id}}` does not open a line).
 */
const mayHoldHeadings = /^[ \t]*#{1,6}(?:[ \t\r]|$)|^[ \t]*(?:=+|-+)[ \t\r]*$/m;

export function anchorsOf(document: AnyDocument): string[] {
  const facts = factsOf(document);
  return (facts.anchors ??= mayHoldHeadings.test(document.body) ? headingAnchors(document.tree).map((anchor) => anchor.slug) : []);
}

/** Both facts, computing whichever is not known yet (what a cache stores). */
export function documentFacts(document: AnyDocument): DocumentFacts {
  return { links: linksOf(document), anchors: anchorsOf(document) };
}

/** Hands over facts known from an earlier run of the same text: the document is then not parsed for them. */
export function rememberFacts(document: AnyDocument, facts: DocumentFacts): void {
  Object.assign(factsOf(document), facts);
}
