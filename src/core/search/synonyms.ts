// Synonym groups and query expansion: a query word (or phrase) that belongs to a group is searched with
// the group's other terms too, so `customer is yelling` finds the SOP that says `emotionally charged`.
import { isStopWord, wordSequence } from './words.ts';

/**
 * A term as the search compares it: its words that carry meaning, lower case, joined by one space; empty
 * for a term of filler alone (`get in`), which a query could never be matched against.
 */
export function normaliseTerm(term: string): string {
  return wordSequence(term)
    .filter((word) => word.length > 1 && !isStopWord(word))
    .join(' ');
}

/** A light English stem for look-ups only (`refunds`, `refunded`, `refunding` -> `refund`). */
export function lightStem(word: string): string {
  if (word.length <= 4) return word;
  const stem = suffixStripped(word);
  // A final silent e goes too, so `delete`, `deleted` and `deleting` meet at `delet` (and `restoring` finds `restore`).
  return stem.length > 4 && stem.endsWith('e') && !stem.endsWith('ee') ? stem.slice(0, -1) : stem;
}

function suffixStripped(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** A term as the thesaurus index keys it: each word stemmed. */
export const stemTerm = (term: string) => term.split(' ').map(lightStem).join(' ');

/** Groups with each term normalised, empty and repeated terms dropped, and groups of fewer than two terms left out. */
export function normaliseGroups(groups: ReadonlyArray<readonly string[]>): string[][] {
  const result: string[][] = [];
  for (const group of groups) {
    const terms = [...new Set(group.map(normaliseTerm).filter(Boolean))];
    if (terms.length >= 2) result.push(terms);
  }
  return result;
}

export interface ThesaurusOptions {
  /** Keep the shipped thesaurus (playbook.yaml `search.defaultSynonyms`, default true). */
  useDefaults: boolean;
}

/**
 * The groups in force: the playbook's own groups extend any shipped group they share a term with (its terms
 * first), and stand alone otherwise; with `useDefaults: false` only the playbook's groups count.
 */
export function mergeThesaurus(
  shipped: ReadonlyArray<readonly string[]>,
  own: ReadonlyArray<readonly string[]>,
  options: ThesaurusOptions,
): string[][] {
  const groups = options.useDefaults ? normaliseGroups(shipped) : [];
  for (const group of normaliseGroups(own)) {
    const overlapping = groups.findIndex((existing) => existing.some((term) => group.includes(term)));
    if (overlapping === -1) groups.push(group);
    else groups[overlapping] = [...new Set([...group, ...groups[overlapping]!])];
  }
  return groups;
}

/** One thing the rep asked about: their own word or phrase, and what else it may be called. */
export interface QuerySlot {
  own: string;
  alternatives: string[];
}

/** Alternatives searched per query word at most: each costs a search. */
const mostAlternatives = 12;
const longestTerm = 4;

/** Looks terms up by their stemmed form. */
export function thesaurusIndex(groups: ReadonlyArray<readonly string[]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    for (const term of group) {
      const key = stemTerm(term);
      const known = index.get(key) ?? [];
      index.set(key, [...new Set([...known, ...group])]);
    }
  }
  return index;
}

/**
 * The query's key words as slots, longest thesaurus phrase first (`money back`, `two factor`), each with
 * the other terms of its groups (the rep's own word excluded, and any term `searchable` rejects: one no
 * page holds), at most `mostAlternatives` of them.
 */
export function expandQuery(
  keys: readonly string[],
  index: ReadonlyMap<string, readonly string[]>,
  searchable: (term: string) => boolean = () => true,
): QuerySlot[] {
  const slots: QuerySlot[] = [];
  for (let start = 0; start < keys.length;) {
    let matched = false;
    for (let length = Math.min(longestTerm, keys.length - start); length >= 1; length -= 1) {
      const own = keys.slice(start, start + length).join(' ');
      const terms = index.get(stemTerm(own));
      if (!terms && length > 1) continue;
      const ownStem = stemTerm(own);
      const alternatives = (terms ?? []).filter((term) => stemTerm(term) !== ownStem && searchable(term)).slice(0, mostAlternatives);
      slots.push({ own, alternatives });
      start += length;
      matched = true;
      break;
    }
    if (!matched) start += 1;
  }
  return slots;
}
