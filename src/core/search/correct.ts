// Typo correction against the playbook's own vocabulary: the nearest frequent word, never a word the
// index holds, never a number or id, and only within an edit budget that grows with the word.
import { editDistance } from './edit-distance.ts';
import { lightStem } from './synonyms.ts';
import { holdsWord, type Vocabulary } from './vocabulary.ts';
import { isCode } from './words.ts';

/** Edits allowed for a word of this length: none up to 3 letters (`sso`, `vip`), then 1, 2 and 3. */
export function editBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 11) return 2;
  return 3;
}

interface Candidate {
  word: string;
  distance: number;
  /** Letters added or lost, ignoring order: a slip (`staus`) keeps the letters, a wrong word (`stays`) does not. */
  lettersChanged: number;
  sameStart: boolean;
  /** Not shorter than what was typed: people drop letters more often than they add them. */
  notShorter: boolean;
  pages: number;
}

/** Whether the index holds the word, a word starting with it, or its stem (`refunding` for `refund`). */
export function isHeld(word: string, vocabulary: Vocabulary): boolean {
  return holdsWord(vocabulary, word) || holdsWord(vocabulary, lightStem(word));
}

/**
 * The nearest vocabulary word within the word's edit budget: fewest edits, then fewest letters changed,
 * then the same first letter (people rarely mistype it), then not shorter, then the most pages, then
 * alphabetical. Undefined when the index holds the word (or a word starting with it, or its stem), when
 * it is a number or id, or when nothing is near enough.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  const budget = editBudget(word.length);
  if (budget === 0 || isCode(word) || isHeld(word, vocabulary)) return undefined;
  let best: Candidate | undefined;
  for (const candidate of vocabulary.words) {
    if (Math.abs(candidate.length - word.length) > budget) continue;
    const distance = editDistance(word, candidate, best ? Math.min(best.distance, budget) : budget);
    if (distance > budget) continue;
    const entry: Candidate = {
      word: candidate,
      distance,
      lettersChanged: letterDifference(word, candidate),
      sameStart: candidate[0] === word[0],
      notShorter: candidate.length >= word.length,
      pages: vocabulary.frequency.get(candidate) ?? 0,
    };
    if (!best || better(entry, best)) best = entry;
  }
  return best?.word;
}

function letterDifference(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const letter of a) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  for (const letter of b) counts.set(letter, (counts.get(letter) ?? 0) - 1);
  let total = 0;
  for (const count of counts.values()) total += Math.abs(count);
  return total;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.lettersChanged !== b.lettersChanged) return a.lettersChanged < b.lettersChanged;
  if (a.sameStart !== b.sameStart) return a.sameStart;
  if (a.notShorter !== b.notShorter) return a.notShorter;
  if (a.pages !== b.pages) return a.pages > b.pages;
  return a.word < b.word;
}

/** Corrections for the words of a query that need one, by word. */
export function correctWords(words: readonly string[], vocabulary: Vocabulary): Map<string, string> {
  const corrections = new Map<string, string>();
  for (const word of words) {
    const corrected = correctWord(word, vocabulary);
    if (corrected !== undefined && corrected !== word) corrections.set(word, corrected);
  }
  return corrections;
}

/** The query as the rep typed it, with the corrected words swapped in (lower case) and the rest untouched. */
export function rewriteQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return query.trim().replace(/[\p{L}\p{N}]+/gu, (word) => corrections.get(word.toLowerCase()) ?? word);
}
