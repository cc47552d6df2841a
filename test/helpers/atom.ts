// Atom (RFC 4287) as a reader checks it: well-formed XML (fast-xml-parser's validator), the Atom
// namespace, and the elements the RFC requires of a feed and of every entry, with RFC 3339 dates.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const absoluteIri = /^[a-z][a-z0-9+.-]*:\S+$/i;

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  author?: { name: string };
  link: Array<{ rel?: string; type?: string; href: string }>;
  category?: { term: string; label?: string };
  summary?: { '#text': string; type: string };
}
export interface AtomFeed extends Omit<AtomEntry, 'summary' | 'category'> {
  xmlns: string;
  /** Absent when the feed has no entries. */
  entry?: AtomEntry[];
}

export function parseAtom(xml: string): AtomFeed {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still fast-xml-parser's validator; its successor is not a dependency
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'entry' || name === 'link',
  });
  const feed = parser.parse(xml).feed as AtomFeed;
  expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
  for (const element of [feed, ...(feed.entry ?? [])]) {
    expect(element.id).toMatch(absoluteIri);
    expect(typeof element.title).toBe('string');
    expect(element.updated).toMatch(rfc3339);
    for (const link of element.link) expect(typeof link.href).toBe('string');
  }
  for (const entry of feed.entry ?? []) {
    // An entry needs an author (none at feed level here) and, without content, an alternate link.
    expect(entry.author?.name).toBeTruthy();
    expect(entry.link.some((link) => (link.rel ?? 'alternate') === 'alternate')).toBe(true);
  }
  expect(new Set((feed.entry ?? []).map((entry) => entry.id)).size).toBe((feed.entry ?? []).length);
  return feed;
}
