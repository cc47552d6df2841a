// "Did you mean …?": the closest known id to a misspelt one, for messages that say what to write instead.

/** One row of the edit-distance table, reused: a lint may compare thousands of ids. */
let row = new Uint16Array(64);

/**
 * The edit distance between `a` and `b`, or `bound + 1` as soon as it is known to exceed `bound`: by their lengths, or
 * when a whole row of the table is past it.
 */
function editDistanceWithin(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (row.length <= b.length) row = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let rowMinimum = i;
    const character = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const value = Math.min(above + 1, row[j - 1]! + 1, diagonal + (character === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      diagonal = above;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > bound) return bound + 1;
  }
  return row[b.length]!;
}

/** Each set of candidates lowercased once, and each word's answer once: a misspelt owner is often misspelt in many files. */
const prepared = new WeakMap<object, { size: number; lower: Array<[string, string]>; answers: Map<string, string | undefined> }>();

/** How many candidates a collection holds, where it says without being read (a set, an array). */
function sizeOf(candidates: Iterable<string>): number | undefined {
  if (candidates instanceof Set) return candidates.size;
  return Array.isArray(candidates) ? candidates.length : undefined;
}

function preparedFor(candidates: Iterable<string>) {
  const size = sizeOf(candidates);
  const cached = prepared.get(candidates);
  // A collection that grew or shrank since is read again; an iterator is read once anyway.
  if (cached && cached.size === size) return cached;
  const lower = [...candidates].map((candidate): [string, string] => [candidate, candidate.toLowerCase()]);
  const entry = { size: size ?? lower.length, lower, answers: new Map<string, string | undefined>() };
  if (size !== undefined) prepared.set(candidates, entry);
  return entry;
}

/**
 * The candidate within a third of the word's length in edits, if any; ties go to the first in sorted order. Each
 * candidate is measured only as far as the best so far.
 */
function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const { lower: known, answers } = preparedFor(candidates);
  if (answers.has(word)) return answers.get(word);
  const lower = word.toLowerCase();
  // Fewer edits than the word has letters: `k0` is not a misspelling of `ai`, which shares nothing with it.
  let bound = Math.min(Math.max(2, Math.ceil(word.length / 3)), word.length - 1);
  let best: string | undefined;
  for (const [candidate, lowerCandidate] of known) {
    const distance = editDistanceWithin(lower, lowerCandidate, bound);
    if (distance > bound) continue;
    if (distance < bound || best === undefined || candidate < best) best = candidate;
    bound = distance;
  }
  answers.set(word, best);
  return best;
}

/** `; did you mean `x`?` or nothing, to append to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = nearest(word, candidates);
  return suggestion && suggestion !== word ? `; did you mean \`${suggestion}\`?` : '';
}
