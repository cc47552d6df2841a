// Counted nouns in messages: `1 problem`, `3 problems`, `2 images refer`.

/** `count` and the word, in the plural unless the count is 1 (`many` defaults to `one` + `s`). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
