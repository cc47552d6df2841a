// The playbook's search vocabulary: every word the index holds with the number of pages holding it,
// written at build time in a compact form that the search box fetches on first use, to correct typos.
import { ownString } from '../own-string.ts';
import { routes } from '../routes.ts';
import { isCode, queryWords } from './words.ts';

const vocabularyFormat = 1;
/** Where the build writes it, relative to the site's base path (the route table's `searchVocabulary`). */
export const vocabularyFile = routes.searchVocabulary().slice(1);
/** Gzipped bytes the file may take (the search box fetches it on first use); the rarest words go first. */
export const vocabularyBudget = 60 * 1024;

/** The vocabulary as the browser reads it: words sorted, and how many pages hold each. */
export interface Vocabulary {
  /** Sorted by code unit, for prefix look-ups. */
  words: readonly string[];
  frequency: ReadonlyMap<string, number>;
  /** Pages indexed. */
  documents: number;
}

/** What the vocabulary file holds: pages indexed, words grouped by document frequency, and the thesaurus. */
interface VocabularyFile {
  format: typeof vocabularyFormat;
  documents: number;
  /** `[frequency, "word word …"]`, most frequent first; words sorted within a group. Gzip likes this. */
  words: Array<[number, string]>;
  /** Synonym groups in force (shipped thesaurus merged with playbook.yaml's `search.synonyms`). */
  synonyms: string[][];
}

/** A word worth keeping as a correction target: letters only (codes are never corrected), 2 to 30 of them. */
function isVocabularyWord(word: string): boolean {
  return word.length >= 2 && word.length <= 30 && !isCode(word);
}

/**
 * How many of the texts hold each word (a text is one page as the index holds it). Each word is kept as a string of its
 * own (`ownString`): the counts outlive the texts, which a word cut from one would keep alive.
 */
export function documentFrequency(texts: Iterable<string>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const text of texts) {
    for (const word of queryWords(text)) {
      if (!isVocabularyWord(word)) continue;
      const count = frequency.get(word);
      frequency.set(count === undefined ? ownString(word) : word, (count ?? 0) + 1);
    }
  }
  return frequency;
}

/** The `limit` most frequent words (ties alphabetical), so a size budget drops the rarest first. */
export function mostFrequent(frequency: ReadonlyMap<string, number>, limit: number): Array<[string, number]> {
  return [...frequency].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).slice(0, Math.max(0, limit));
}

export function encodeVocabulary(entries: ReadonlyArray<readonly [string, number]>, documents: number, synonyms: string[][]): string {
  const groups = new Map<number, string[]>();
  for (const [word, count] of entries) {
    const group = groups.get(count);
    if (group) group.push(word);
    else groups.set(count, [word]);
  }
  const words = [...groups].sort(([a], [b]) => b - a).map(([count, list]): [number, string] => [count, list.sort().join(' ')]);
  const file: VocabularyFile = { format: vocabularyFormat, documents, words, synonyms };
  return JSON.stringify(file);
}

/** Reads a vocabulary file; throws on anything that is not one (the search box then searches without it). */
export function decodeVocabulary(text: string): Vocabulary & { synonyms: string[][] } {
  const file = JSON.parse(text) as Partial<VocabularyFile>;
  if (file.format !== vocabularyFormat || !Array.isArray(file.words)) throw new Error('not a search vocabulary');
  const frequency = new Map<string, number>();
  for (const [count, list] of file.words) for (const word of list.split(' ')) if (word) frequency.set(word, count);
  const synonyms = Array.isArray(file.synonyms) ? file.synonyms.filter((group) => Array.isArray(group)) : [];
  return { words: [...frequency.keys()].sort(), frequency, documents: file.documents ?? 0, synonyms };
}

/** Whether the index holds the word, or a word starting with it (Pagefind matches word beginnings). */
export function holdsWord(vocabulary: Vocabulary, word: string): boolean {
  const { words } = vocabulary;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low < words.length && words[low]!.startsWith(word);
}
