// The search index in parts. Pagefind holds every page's words until it writes its index, and its writing takes several
// times that: 25,000 pages (10,000 SOPs and 15,000 macros) peaked at 2.6 GB in its process, the same pages in five parts
// written one after another at 1.1 GB. Past `defaultPagesPerSearchShard` pages the index is therefore written in parts of
// about that many pages, which the search box merges (Pagefind's `mergeIndex`, which ranks the results of all parts by
// their scores). The pages are dealt to the parts in turn, in the build's fixed page order, so that every part holds a
// fair share of SOPs and of macros: each part ranks by its own word statistics and page lengths, which are then close to
// those of one whole index. A part of SOPs only would rank a macro above the SOP it belongs to for words rare in macros.
import { ownString } from '../own-string.ts';
import { routes } from '../routes.ts';

/** Searchable pages (SOPs and macros) up to which the index is one, and about how many each part holds past that. */
export const defaultPagesPerSearchShard = 5000;

/** Parts at most, whatever `pagesPerShard` says: the search box fetches each part's files on its first search. */
export const mostSearchShards = 32;

/** How many parts the index of `pages` searchable pages is written in. */
export function searchShardCount(pages: number, pagesPerShard = defaultPagesPerSearchShard): number {
  return pages > pagesPerShard ? Math.min(mostSearchShards, Math.ceil(pages / pagesPerShard)) : 1;
}

/**
 * Which part each searchable page goes to: dealt in turn in the order browsing by filters alone lists them (`order`,
 * compared as Pagefind compares it, byte by byte in UTF-8; then by file). Each part lists its pages in that order, and
 * the search box merges the parts' lists by position, first of every part first: the merged list is then the one an
 * index in one part would give. Dealing in turn also gives each part its fair share of SOPs and of macros.
 */
export function dealSearchPages(pages: ReadonlyArray<{ file: string; order: string }>, parts: number): Map<string, number> {
  const encoder = new TextEncoder();
  const keyed = pages.map((page) => ({ ...page, bytes: encoder.encode(page.order) }));
  keyed.sort((a, b) => compareBytes(a.bytes, b.bytes) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return new Map(keyed.map((page, rank) => [page.file, rank % parts]));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
}

/** The file, in `pagefind/`, that tells the search box how many parts to merge: read at search time, not from the page. */
export const searchPartsFile = 'parts.json';

/**
 * Where part `shard` goes, relative to the site's base path, with a trailing slash: the first in the usual `pagefind/`
 * (with the script the search box loads), the others in `pagefind/shards/<n>/` within it.
 */
export function searchShardFolder(shard: number): string {
  const index = routes.search().slice(1);
  return shard === 0 ? index : `${index}shards/${shard}/`;
}

/**
 * A record every part of an index in parts holds: every word of every part. Pagefind answers a word an index lacks with
 * that index's longest word the word starts with (`charge` for `chargeback`, `c` for `csat`): a part without the word
 * would add unrelated pages to the results of a word other parts hold. With this record each part holds every word, so a
 * part with no page for it answers with the record alone, which the search box's every search leaves out by its filter.
 * Each word's page count grows by one in every part alike.
 */
export const everyWordRecord = { url: '/pagefind/every-word/', filter: 'every-word', value: 'yes' } as const;

/**
 * The words of a page as Pagefind may read them, each once, lowercased: its text, its metadata values
 * (`data-pagefind-meta`, searched by Pagefind 1.5 and later) and its images' alternative text, with character references
 * decoded, read once with every tag as a break and once with inline tags joining the text on each side (Pagefind reads
 * `n<i>o</i>t` as `not`). More than Pagefind indexes only makes the record longer; other attributes (links, ids,
 * classes) would make it grow with every page.
 */
export function pageTokens(html: string): Set<string> {
  const withoutCode = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  const attributes = [...withoutCode.matchAll(/\s(?:data-pagefind-meta|alt)="([^"]*)"/g)].map((match) =>
    match[1]!.replace(/^[\w-]+(?:\[[\w-]+\])?:/, ''),
  );
  const broken = withoutCode.replace(/<[^>]*>/g, ' ');
  const joined = withoutCode.replace(inlineTag, '').replace(/<[^>]*>/g, ' ');
  const text = decodeReferences([broken, joined, ...attributes].join(' ')).toLowerCase();
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** Tags that do not break a word (HTML's phrasing elements). */
const inlineTag =
  /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*>/gi;

const namedReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] !== '#') return namedReferences[name.toLowerCase()] ?? reference;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/**
 * Every word of the pages read so far, for the record every part holds (`everyWordRecord`). It lasts the whole build, so
 * each word is kept as a string of its own (`ownString`): kept as cut, the words held the whole text of nearly every page
 * (about 210 MB of a 10,000-SOP build, for 44,000 words of 470,000 characters).
 */
export class EveryWordList {
  readonly #words = new Set<string>();

  /** Adds the words of `html` (`pageTokens`). */
  addPage(html: string): void {
    for (const word of pageTokens(html)) if (!this.#words.has(word)) this.#words.add(ownString(word));
  }

  get size(): number {
    return this.#words.size;
  }

  /** The record's text: each word once, sorted, between spaces. */
  text(): string {
    return [...this.#words].sort().join(' ');
  }
}
