// A string that holds on to nothing else, for words kept for the rest of a build.

/**
 * `text` as a string of its own. V8 keeps a substring of 13 characters or more as a slice of the string it was cut
 * from, so a word cut from a page and kept in a set or map kept that page's whole text alive with it. JSON's round trip
 * makes a new string, lone surrogates included.
 */
export function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
