// Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours costs one), with a cut-off.

/**
 * Edits (insert, delete, substitute, swap two neighbouring letters; UTF-16 units) turning `a` into `b`, or `max + 1`
 * as soon as it is sure to exceed `max`: the vocabulary is scanned per query word, so most pairs stop early.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const first = a;
  const second = b;
  const width = second.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= first.length; i += 1) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= second.length; j += 1) {
      const cost = first.charCodeAt(i - 1) === second.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && first.charCodeAt(i - 1) === second.charCodeAt(j - 2) && first.charCodeAt(i - 2) === second.charCodeAt(j - 1))
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[second.length]!, max + 1);
}
