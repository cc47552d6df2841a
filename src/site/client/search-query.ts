// Search that never dead-ends: Pagefind only returns pages holding every word, so this asks for the
// words that carry meaning (no `how do I`), adds pages matching some of them (more words first) when
// few or none match them all, then tries word beginnings (typos), and says which it did.

/** What this module needs of Pagefind's JavaScript API (`pagefind/pagefind.js`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's sections (from its headings) with where the words matched in each. */
  sub_results?: Array<{ title: string; url: string; locations: number[]; excerpt: string }>;
}
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export type SearchFilters = Record<string, string>;
export interface PagefindSearch {
  search(term: string | null, options?: { filters?: SearchFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindHit[] } | null>;
}

/**
 * `all`: pages hold every word; `some`: only some words matched (some in no page at all, or never
 * together); `close`: only word beginnings did (typos); `browse`: filters only; `none`: nothing at all.
 */
export type MatchKind = 'all' | 'some' | 'close' | 'browse' | 'none';

export interface RankedHit {
  hit: PagefindHit;
  /** How many of the searched words this page matched (1 when the whole query matched). */
  matched: number;
  score: number;
}

export interface SearchOutcome {
  kind: MatchKind;
  hits: RankedHit[];
  /** The words searched for (filler dropped), or the word beginnings for `close`. */
  words: string[];
  /** Searched words that matched no page at all. */
  missing: string[];
}

const stopWords = new Set(
  ('a about after all also am an and any are as at be because been before being but by can could did do does doing done for from ' +
    'get gets got had has have having he her here his how i if in into is it its just me more most my no not now of on once only or ' +
    'other our out over own please should so some such than that the their them then there these they this those through to too ' +
    'under until up very was way we were what when where which while who whom why will with would you your').split(' '),
);

/** The words of a query as Pagefind sees them: lower case, split on anything that is not a letter or digit. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}

/** The words that carry meaning: stop words and single letters dropped (all words when nothing is left). */
export function keyWords(words: readonly string[]): string[] {
  const kept = words.filter((word) => word.length > 1 && !stopWords.has(word));
  return kept.length > 0 ? kept : [...words];
}

/** The first half of a longer word (at least three letters), so `refnud` still finds `refund`. */
export function wordStart(word: string): string | undefined {
  if (word.length < 4) return undefined;
  return word.slice(0, Math.max(3, Math.floor(word.length / 2)));
}

async function hitsFor(pagefind: PagefindSearch, term: string | null, filters: SearchFilters): Promise<PagefindHit[]> {
  // Browsing by filters alone has no relevance: list by the `order` sort key (retired last, then title).
  const response = await pagefind.search(term, term === null ? { filters, sort: { order: 'asc' } } : { filters });
  return response?.results ?? [];
}

/** Pages found by several single-word searches, merged: more words matched first, then the summed score. */
function merged(perWord: readonly PagefindHit[][]): RankedHit[] {
  const byPage = new Map<string, RankedHit>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const seen = byPage.get(hit.id);
      if (seen) {
        seen.matched += 1;
        seen.score += hit.score;
      } else byPage.set(hit.id, { hit, matched: 1, score: hit.score });
    }
  }
  return [...byPage.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
}

/** Fewer whole-query matches than this, and the best partial matches are added after them. */
const enoughResults = 5;
/** Words searched one by one at most (a pasted paragraph should not cost a search per word). */
const mostWords = 8;

const ranked = (hits: PagefindHit[]): RankedHit[] => hits.map((hit) => ({ hit, matched: 1, score: hit.score }));

function withoutRepeats(hits: RankedHit[]): RankedHit[] {
  const seen = new Set<string>();
  return hits.filter((entry) => !seen.has(entry.hit.id) && Boolean(seen.add(entry.hit.id)));
}

export async function searchWithFallback(pagefind: PagefindSearch, query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
  const words = queryWords(query);
  if (words.length === 0) {
    if (Object.keys(filters).length === 0) return { kind: 'none', hits: [], words, missing: [] };
    return { kind: 'browse', hits: ranked(await hitsFor(pagefind, null, filters)), words, missing: [] };
  }
  // Filler words (`how do I`) only add noise: Pagefind would require them and rank by them.
  const keys = keyWords(words).slice(0, mostWords);
  const single = keys.length > 1 ? keys : [];
  const [whole = [], ...perWord] = await Promise.all([
    hitsFor(pagefind, keys.length < words.length ? keys.join(' ') : query.trim(), filters),
    ...single.map((word) => hitsFor(pagefind, word, filters)),
  ]);
  // Pagefind quietly drops a word no page holds and matches the rest: say which words those were.
  const missing = single.filter((_, index) => perWord[index]?.length === 0);
  const kind = whole.length > 0 && missing.length === 0 ? 'all' : 'some';
  if (whole.length >= enoughResults || (whole.length > 0 && single.length === 0)) return { kind, hits: ranked(whole), words: keys, missing };

  // Few or no pages hold every word; the page the rep wants may lack one. Pages with every word come
  // first, then the best partial matches.
  const hits = withoutRepeats([...ranked(whole), ...merged(perWord)]);
  if (hits.length > 0) return { kind, hits, words: keys, missing };

  const starts = [...new Set(keys.map(wordStart).filter((start): start is string => start !== undefined))];
  if (starts.length > 0) {
    const close = merged(await Promise.all(starts.map((start) => hitsFor(pagefind, start, filters))));
    if (close.length > 0) return { kind: 'close', hits: close, words: starts, missing: keys };
  }
  return { kind: 'none', hits: [], words: keys, missing: keys };
}

export interface SearchResult {
  /** The page's top, never a section further down: the review warning must be the first thing a rep sees. */
  url: string;
  /** The heading of the section where most of the words matched, when that is not the top of the page. */
  section: string | undefined;
  title: string;
  summary: string;
  excerpt: string;
  type: string | undefined;
  status: string | undefined;
  owner: string | undefined;
  category: string | undefined;
  retired: boolean;
}

/**
 * The first `limit` results with their data, retired SOPs and archived macros after the rest (a
 * stable sort, so relevance order holds within each part).
 */
export async function loadResults(outcome: SearchOutcome, limit: number): Promise<SearchResult[]> {
  const results = await Promise.all(outcome.hits.slice(0, limit).map(async ({ hit }) => toResult(await hit.data())));
  return results.sort((a, b) => Number(a.retired) - Number(b.retired));
}

/** The section holding most of the matches, unless that is the top of the page. */
function bestSection(data: PagefindResultData): { title: string; excerpt: string } | undefined {
  let best: { title: string; url: string; locations: number[]; excerpt: string } | undefined;
  for (const section of data.sub_results ?? []) if (section.locations.length > (best?.locations.length ?? 0)) best = section;
  return best && best.url.includes('#') ? best : undefined;
}

function toResult(data: PagefindResultData): SearchResult {
  const meta = data.meta;
  const section = bestSection(data);
  const title = meta.title ?? data.url;
  return {
    url: data.url,
    section: section?.title,
    title,
    summary: meta.summary ?? '',
    // The words in context where they matched; the page's own excerpt would mostly repeat title and summary.
    excerpt: section?.excerpt ?? (data.excerpt.replace(/<\/?mark>/g, '').startsWith(title) ? '' : data.excerpt),
    type: meta.type,
    status: meta.status,
    owner: meta.owner,
    category: meta.category,
    retired: meta.rank === '1',
  };
}
