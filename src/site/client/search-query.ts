// Search that never dead-ends: Pagefind only returns pages holding every word, so this asks for the
// words that carry meaning (no `how do I`), corrects typos against the playbook's vocabulary, adds pages
// matching some of them or their synonyms (more words first, the rep's own words above synonyms) when
// few or none match them all, then tries word beginnings, and says which it did.
import { correctWords, isHeld, rewriteQuery } from '../../core/search/correct.ts';
import { expandQuery, lightStem, type QuerySlot } from '../../core/search/synonyms.ts';
import type { Vocabulary } from '../../core/search/vocabulary.ts';
import { isCode, keyWords, queryWords } from '../../core/search/words.ts';
import { everyWordRecord } from '../../core/search/shards.ts';

/** What this module needs of Pagefind's JavaScript API (`pagefind/pagefind.js`). */
interface PagefindResultData {
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
/** Pagefind's filters: a value each, or `not` (or `any`, `all`, `none`) over more. */
type PagefindFilters = Record<string, string | Record<string, string>>;
export interface PagefindSearch {
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindHit[] } | null>;
}

/** Pagefind's search of an index in parts, every search leaving out the record of every word each part holds. */
export function withoutEveryWordRecord(pagefind: PagefindSearch): PagefindSearch {
  const { filter, value } = everyWordRecord;
  return {
    search: (term, options = {}) => pagefind.search(term, { ...options, filters: { ...options.filters, not: { [filter]: value } } }),
  };
}

/**
 * `all`: pages hold every word; `some`: only some words matched (some in no page at all, or never
 * together); `close`: only word beginnings did (typos); `browse`: filters only; `none`: nothing at all.
 */
type MatchKind = 'all' | 'some' | 'close' | 'browse' | 'none';

interface RankedHit {
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
  /** Searched words that matched no page at all (nor, with synonyms, any word meaning the same). */
  missing: string[];
  /** Set when typos were corrected: the search ran on `query`, the rep typed `original`. */
  corrected?: Correction;
}

export interface Correction {
  query: string;
  original: string;
}

/** What makes search forgive typos and speak support; each is optional (no vocabulary file, no thesaurus). */
export interface SearchAids {
  vocabulary?: Vocabulary | undefined;
  /** `thesaurusIndex` of the synonym groups in force. */
  synonyms?: ReadonlyMap<string, readonly string[]> | undefined;
  /** False to search the words exactly as typed (the notice's "search instead for"). */
  correct?: boolean;
}

export { keyWords, queryWords };

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

/** A page found through a synonym counts for this much of a page found by the rep's own word. */
export const synonymWeight = 0.8;
/** Synonym searches per query at most, the slots with words no page holds served first. */
const mostSynonymSearches = 36;

export async function searchWithFallback(
  pagefind: PagefindSearch,
  query: string,
  filters: SearchFilters = {},
  aids: SearchAids = {},
): Promise<SearchOutcome> {
  const words = queryWords(query);
  if (words.length === 0) {
    if (Object.keys(filters).length === 0) return { kind: 'none', hits: [], words, missing: [] };
    return { kind: 'browse', hits: ranked(await hitsFor(pagefind, null, filters)), words, missing: [] };
  }
  // Filler words (`how do I`) only add noise: Pagefind would require them and rank by them.
  let keys = keyWords(words).slice(0, mostWords);
  let searched = keys.length < words.length ? keys.join(' ') : query.trim();
  // A word the thesaurus knows is meant as typed (`quit`, `compensation`): it is expanded, never corrected.
  const known = (word: string) => aids.synonyms?.has(lightStem(word)) === true;
  const corrected =
    aids.vocabulary && aids.correct !== false
      ? corrections(
          query,
          keys.filter((word) => !known(word)),
          aids.vocabulary,
          keys,
        )
      : undefined;
  if (corrected) {
    keys = corrected.keys;
    searched = keys.join(' ');
  }
  const noted = corrected ? { corrected: corrected.correction } : {};
  // Pagefind answers a word no page holds with loose matches of its beginning: the vocabulary knows better,
  // so such a word finds nothing, and a synonym no page holds is not searched at all.
  // Numbers and ids (`2fa`, `404`) are never in the vocabulary, so Pagefind alone can say whether a page holds them.
  const held = (term: string) => !aids.vocabulary || term.split(' ').every((word) => isCode(word) || isHeld(word, aids.vocabulary!));
  const slots: QuerySlot[] = aids.synonyms ? expandQuery(keys, aids.synonyms, held) : keys.map((own) => ({ own, alternatives: [] }));
  const single = slots.length > 1 ? slots.map((slot) => slot.own) : [];
  const [whole, ...found] = await Promise.all([
    hitsFor(pagefind, searched, filters),
    ...single.map((term) => hitsFor(pagefind, term, filters)),
  ]);
  const perWord = found.map((hits, index) => (held(single[index]!) ? hits : []));
  // Pagefind quietly drops a word no page holds and matches the rest: say which words those were.
  const unmatched = single.filter((_, index) => perWord[index]?.length === 0);
  const synonymsMayHelp = slots.some((slot) => slot.alternatives.length > 0) && (unmatched.length > 0 || whole.length < enoughResults);
  if (!synonymsMayHelp) {
    const kind = whole.length > 0 && unmatched.length === 0 ? 'all' : 'some';
    if (whole.length > 0 && single.length === 0) return { kind, hits: ranked(whole), words: keys, missing: unmatched, ...noted };
    if (whole.length >= enoughResults) {
      const hits = blended(unmatched.length === 0 ? whole : [], perWord, []);
      return { kind, hits, words: keys, missing: unmatched, ...noted };
    }
  }

  // Few or no pages hold every word; the page the rep wants may lack one, or say it in other words.
  // The best matches of some of the words join the pages with all of them, synonyms counting for less.
  const own = single.length > 0 ? perWord : [held(slots[0]!.own) ? whole : []];
  const alternatives = await synonymHits(pagefind, slots, own, filters);
  const missing = slots
    .filter((_, index) => own[index]!.length === 0 && alternatives[index]!.every((hits) => hits.length === 0))
    .map((slot) => slot.own);
  const kind = whole.length > 0 && unmatched.length === 0 ? 'all' : 'some';
  const hits = blended(unmatched.length === 0 ? whole : [], own, alternatives);
  if (hits.length > 0) return { kind, hits, words: keys, missing: single.length > 0 ? missing : [], ...noted };

  const starts = [...new Set(keys.map(wordStart).filter((start): start is string => start !== undefined))];
  if (starts.length > 0) {
    const close = merged(await Promise.all(starts.map((start) => hitsFor(pagefind, start, filters))));
    if (close.length > 0) return { kind: 'close', hits: close, words: starts, missing: keys, ...noted };
  }
  // Last resort, so a search never comes back empty while Pagefind matched a page: its own matches for the words,
  // which the vocabulary set aside (one cut to its size budget lacks the rarest words, and a short word has no start).
  const loose = merged([whole, ...found]);
  if (loose.length > 0) return { kind: 'close', hits: loose, words: keys, missing: keys, ...noted };
  return { kind: 'none', hits: [], words: keys, missing: keys, ...noted };
}

/** Typo corrections for the key words, against the vocabulary alone: Pagefind answers a misspelt word with loose matches. */
function corrections(query: string, candidates: readonly string[], vocabulary: Vocabulary, keys: readonly string[]) {
  const proposed = correctWords(candidates, vocabulary);
  if (proposed.size === 0) return undefined;
  return {
    keys: [...new Set(keys.map((word) => proposed.get(word) ?? word))],
    correction: { query: rewriteQuery(query, proposed), original: query.trim() },
  };
}

/** Hits for each slot's synonyms, slots whose own words found nothing first, within the search budget. */
async function synonymHits(
  pagefind: PagefindSearch,
  slots: readonly QuerySlot[],
  own: readonly PagefindHit[][],
  filters: SearchFilters,
): Promise<PagefindHit[][][]> {
  const order = slots.map((_, index) => index).sort((a, b) => Number(own[a]!.length > 0) - Number(own[b]!.length > 0) || a - b);
  const budgets = new Map<number, number>();
  let left = mostSynonymSearches;
  for (const index of order) {
    const take = Math.min(left, slots[index]!.alternatives.length);
    budgets.set(index, take);
    left -= take;
  }
  return Promise.all(
    slots.map((slot, index) =>
      Promise.all(slot.alternatives.slice(0, budgets.get(index) ?? 0).map((term) => hitsFor(pagefind, term, filters))),
    ),
  );
}

/** The page Pagefind ranks first of those holding every word scores this much more; the others less, by their score. */
const completeBonus = 0.5;

/**
 * Pages ranked by how well they match each word, not Pagefind's order of the pages holding them all: a page that
 * says each word once in a long body would otherwise outrank the SOP whose title (or hidden synonyms) says the
 * rarest of them. Pages holding every word (`complete`) get up to `completeBonus` more, by Pagefind's score for them.
 */
function blended(complete: readonly PagefindHit[], own: readonly PagefindHit[][], alternatives: readonly PagefindHit[][][]): RankedHit[] {
  const top = Math.max(...complete.map((hit) => hit.score), 0) || 1;
  const wholeScore = new Map(complete.map((hit) => [hit.id, hit.score / top]));
  const hits = mergedSlots(own, alternatives);
  for (const entry of hits) entry.score *= 1 + completeBonus * (wholeScore.get(entry.hit.id) ?? 0);
  const known = new Set(hits.map((entry) => entry.hit.id));
  const rest = complete.filter((hit) => !known.has(hit.id)).map((hit) => ({ hit, matched: own.length, score: 0 }));
  return [...hits.sort((a, b) => b.score - a.score), ...rest];
}

/**
 * Pages found per slot, merged. Within a slot a page counts by how well it matched, relative to the best
 * page for that term: the rep's own word fully; synonyms at most `synonymWeight`, reached by matching two
 * of them well (a page that says it several ways is the likelier one). A slot counts by how rare its
 * pages are (BM25's idf: `customer`, on every page, adds almost nothing; `chargeback`, on two, a lot).
 */
function mergedSlots(own: readonly PagefindHit[][], alternatives: readonly PagefindHit[][][]): RankedHit[] {
  const perSlot = own.map((hits, index) => {
    const strength = new Map<string, { hit: PagefindHit; own: number; synonyms: number }>();
    const top = Math.max(...hits.map((hit) => hit.score), 0) || 1;
    for (const hit of hits) strength.set(hit.id, { hit, own: hit.score / top, synonyms: 0 });
    for (const synonymHits of alternatives[index] ?? []) {
      const best = Math.max(...synonymHits.map((hit) => hit.score), 0) || 1;
      for (const hit of synonymHits) {
        const entry = strength.get(hit.id) ?? { hit, own: 0, synonyms: 0 };
        entry.synonyms += hit.score / best;
        strength.set(hit.id, entry);
      }
    }
    return { strength, found: hits.length > 0 ? hits.length : strength.size };
  });
  const pages = new Set(perSlot.flatMap(({ strength }) => [...strength.keys()])).size;
  const byPage = new Map<string, RankedHit>();
  for (const { strength, found } of perSlot) {
    const rarity = Math.log(1 + (pages - found + 0.5) / (found + 0.5));
    for (const { hit, own: ownMatch, synonyms } of strength.values()) {
      const score = rarity * (ownMatch + (synonymWeight * Math.min(2, synonyms)) / 2);
      const entry = byPage.get(hit.id);
      if (entry) {
        entry.matched += 1;
        entry.score += score;
      } else byPage.set(hit.id, { hit, matched: 1, score });
    }
  }
  return [...byPage.values()].sort((a, b) => b.score - a.score);
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
  /** For SOPs: the id and version, to compare with what this browser last read. */
  sop: string | undefined;
  version: string | undefined;
}

/**
 * The first `limit` results with their data, retired SOPs and archived macros after the rest (a
 * stable sort, so relevance order holds within each part).
 */
export async function loadResults(outcome: SearchOutcome, limit: number): Promise<SearchResult[]> {
  const results = await Promise.all(outcome.hits.slice(0, limit).map(async ({ hit }) => toResult(await hit.data())));
  return results.sort((a, b) => Number(a.retired) - Number(b.retired));
}

/**
 * The section holding most of the matches, unless that is the top of the page. An SOP's top is passed over: it
 * holds the hidden search text (aliases, other names for its subject), which quoted reads as a list of synonyms,
 * and the result shows the summary anyway.
 */
function bestSection(data: PagefindResultData, skipTop: boolean): { title: string; excerpt: string } | undefined {
  let best: { title: string; url: string; locations: number[]; excerpt: string } | undefined;
  for (const section of data.sub_results ?? []) {
    if (skipTop && !section.url.includes('#')) continue;
    if (section.locations.length > (best?.locations.length ?? 0)) best = section;
  }
  return best && best.url.includes('#') ? best : undefined;
}

function toResult(data: PagefindResultData): SearchResult {
  const meta = data.meta;
  const isSop = meta.sop !== undefined;
  const section = bestSection(data, isSop);
  const title = meta.title ?? data.url;
  const pageExcerpt = isSop || data.excerpt.replace(/<\/?mark>/g, '').startsWith(title) ? '' : data.excerpt;
  return {
    url: data.url,
    section: section?.title,
    title,
    summary: meta.summary ?? '',
    // The words in context where they matched; the page's own excerpt would mostly repeat title and summary.
    excerpt: section?.excerpt ?? pageExcerpt,
    type: meta.type,
    status: meta.status,
    owner: meta.owner,
    category: meta.category,
    retired: meta.rank === '1',
    sop: meta.sop,
    version: meta.version,
  };
}
