// Search that never dead-ends: Pagefind only returns pages holding every word, so when a rep's
// question matches nothing as a whole, this asks again without filler words, then word by word
// (pages matching more of the words first), then by word beginnings, and says which it did.

/** What this module needs of Pagefind's JavaScript API (`pagefind/pagefind.js`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
 * `all`: every word matched; `some`: only some words did; `close`: only word beginnings did (typos);
 * `browse`: no words, filters only; `none`: nothing at all.
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
  /** The words the fallback searched for, for the notice. */
  words: string[];
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

/** The start of a longer word, so `refudn` still finds `refund` and `chargebak` finds `chargeback`. */
export function wordStart(word: string): string | undefined {
  if (word.length < 4) return undefined;
  return word.slice(0, Math.max(3, Math.ceil(word.length * 0.6)));
}

async function hitsFor(pagefind: PagefindSearch, term: string | null, filters: SearchFilters): Promise<PagefindHit[]> {
  // Browsing by filters alone has no relevance: list by the `order` sort key (retired last, then title).
  const response = await pagefind.search(term, term === null ? { filters, sort: { order: 'asc' } } : { filters });
  return response?.results ?? [];
}

/** Pages found by several sub-queries, merged: more words matched first, then the summed score. */
async function mergedSearch(pagefind: PagefindSearch, terms: readonly string[], filters: SearchFilters): Promise<RankedHit[]> {
  const perTerm = await Promise.all(terms.map((term) => hitsFor(pagefind, term, filters)));
  const merged = new Map<string, RankedHit>();
  for (const hits of perTerm) {
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      if (seen) {
        seen.matched += 1;
        seen.score += hit.score;
      } else merged.set(hit.id, { hit, matched: 1, score: hit.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
}

const ranked = (hits: PagefindHit[]): RankedHit[] => hits.map((hit) => ({ hit, matched: 1, score: hit.score }));

export async function searchWithFallback(pagefind: PagefindSearch, query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
  const words = queryWords(query);
  if (words.length === 0) {
    if (Object.keys(filters).length === 0) return { kind: 'none', hits: [], words };
    return { kind: 'browse', hits: ranked(await hitsFor(pagefind, null, filters)), words };
  }
  const whole = await hitsFor(pagefind, query.trim(), filters);
  if (whole.length > 0) return { kind: 'all', hits: ranked(whole), words };

  const keys = keyWords(words);
  if (keys.length < words.length && keys.length > 1) {
    const withoutFiller = await hitsFor(pagefind, keys.join(' '), filters);
    if (withoutFiller.length > 0) return { kind: 'some', hits: ranked(withoutFiller), words: keys };
  }
  if (keys.length > 1 || keys.length < words.length) {
    const some = await mergedSearch(pagefind, keys, filters);
    if (some.length > 0) return { kind: 'some', hits: some, words: keys };
  }
  const starts = [...new Set(keys.map(wordStart).filter((start): start is string => start !== undefined))];
  if (starts.length > 0) {
    const close = await mergedSearch(pagefind, starts, filters);
    if (close.length > 0) return { kind: 'close', hits: close, words: starts };
  }
  return { kind: 'none', hits: [], words };
}

export interface SearchResult {
  url: string;
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

function toResult(data: PagefindResultData): SearchResult {
  const meta = data.meta;
  return {
    url: data.url,
    title: meta.title ?? data.url,
    summary: meta.summary ?? '',
    excerpt: data.excerpt,
    type: meta.type,
    status: meta.status,
    owner: meta.owner,
    category: meta.category,
    retired: meta.rank === '1',
  };
}
