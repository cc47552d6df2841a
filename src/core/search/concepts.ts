// Index-time synonyms: the other names of what an SOP is about (its title, aliases, summary, headings),
// written into the page as hidden weighted text, so a rep's own word (`yelling`) finds the SOP about
// `emotionally charged` tickets as strongly as a page that merely mentions `yelling` once.
import { lightStem, stemTerm } from './synonyms.ts';
import { isStopWord, wordSequence } from './words.ts';

/** The fields of an SOP that say what it is about, strongest first. */
export interface ConceptSources {
  title: string;
  aliases: readonly string[];
  summary: string;
  headings: readonly string[];
}

/** Other names for the SOP's subject: `strong` from its title and aliases, `medium` from its summary and headings. */
export interface SopConcepts {
  strong: string[];
  medium: string[];
}

const longestTerm = 4;

/** Stemmed key words of a text, in order (what the thesaurus index is keyed by, word by word). */
function stemmedWords(text: string): string[] {
  return wordSequence(text)
    .filter((word) => word.length > 1 && !isStopWord(word))
    .map(lightStem);
}

/** The thesaurus terms a text uses, longest phrase first (`money back` before `money`), by their stemmed form. */
function termsUsed(text: string, index: ReadonlyMap<string, readonly string[]>): Set<string> {
  const words = stemmedWords(text);
  const used = new Set<string>();
  for (let start = 0; start < words.length;) {
    let length = Math.min(longestTerm, words.length - start);
    while (length > 1 && !index.has(words.slice(start, start + length).join(' '))) length -= 1;
    const term = words.slice(start, start + length).join(' ');
    if (index.has(term)) used.add(term);
    start += length;
  }
  return used;
}

/**
 * The other terms of every group an SOP's fields use, `strong` for its title and aliases, `medium` for
 * its summary and headings (less sure: a heading may be an aside). Terms the fields already say are left
 * out, and so are groups in `common` (stemmed terms that many SOPs' fields use: `customer`, `ticket`),
 * which would raise every page alike and only add noise.
 */
export function sopConcepts(
  sources: ConceptSources,
  index: ReadonlyMap<string, readonly string[]>,
  common: ReadonlySet<string> = new Set(),
): SopConcepts {
  const strongText = [sources.title, ...sources.aliases].join(' . ');
  const mediumText = [sources.summary, ...sources.headings].join(' . ');
  const said = new Set([...stemmedWords(strongText), ...stemmedWords(mediumText)]);
  const alreadySaid = (term: string) => term.split(' ').every((word) => said.has(lightStem(word)));
  const expand = (used: Set<string>) =>
    [...used].filter((term) => !common.has(term)).flatMap((term) => (index.get(term) ?? []).filter((other) => !alreadySaid(other)));
  const strong = [...new Set(expand(termsUsed(strongText, index)))];
  const inStrong = new Set(strong);
  const medium = [...new Set(expand(termsUsed(mediumText, index)))].filter((term) => !inStrong.has(term));
  return { strong, medium };
}

/**
 * The stemmed terms of every concept (a term's groups) that the title, aliases, summary or headings of more
 * than `share` of the SOPs use, and at least three: in a playbook about tickets, `ticket` (or `case`) says
 * nothing about any one SOP.
 */
export function commonConcepts(
  sopSources: readonly ConceptSources[],
  index: ReadonlyMap<string, readonly string[]>,
  share = 0.1,
): Set<string> {
  const counts = new Map<string, number>();
  for (const sources of sopSources) {
    const text = [sources.title, ...sources.aliases, sources.summary, ...sources.headings].join(' . ');
    const concepts = new Set([...termsUsed(text, index)].map((term) => index.get(term)!.join('|')));
    for (const concept of concepts) counts.set(concept, (counts.get(concept) ?? 0) + 1);
  }
  const common = new Set<string>();
  for (const [concept, count] of counts) {
    if (count >= 3 && count > sopSources.length * share) for (const term of concept.split('|')) common.add(stemTerm(term));
  }
  return common;
}
