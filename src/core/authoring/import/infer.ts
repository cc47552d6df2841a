// What an imported document says about itself: its title heading, its summary, and whether it has Steps and Edge cases.
import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findSection } from '../../markdown/sections.ts';
import { isEsmOnly } from './site-markup.ts';

const summaryLength = 160;

/** Kramdown and Python-Markdown attribute lists (`{:target="_blank"}`, `{ .class }`), which are markup, not words. */
const attributeList = /\{:?[ \t]*[.#:][^}\n]*\}|\{:[^}\n]*\}/g;

export function plainText(node: RootContent | Root): string {
  return toString(node).replace(attributeList, '').replace(/\s+/g, ' ').trim();
}

/**
 * The heading that titles the document: its first block when that is a `#` heading or stands above
 * all the others (not the first of several `## Purpose`-like sections), else its only `#` heading
 * (exports often put a cover paragraph before the title).
 */
export function titleHeading(tree: Root): Heading | undefined {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && plainText(node) !== '');
  const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
  if (first?.type === 'heading' && (first.depth === 1 || headings.every((heading) => heading === first || heading.depth > first.depth))) {
    return first;
  }
  const topLevel = headings.filter((heading) => heading.depth === 1);
  return topLevel.length === 1 ? topLevel[0] : undefined;
}

/** `incident_commander` -> `Incident commander`. */
export function titleFromFileName(stem: string): string {
  const words = stem
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' ? 'Untitled' : words[0]!.toUpperCase() + words.slice(1);
}

/** One line of at most about 160 characters: the whole text, its first sentence, or the text cut at a word with `…`. */
export function oneLine(text: string): string {
  const line = text.replace(attributeList, '').replace(/\s+/g, ' ').trim();
  if (line.length <= summaryLength) return line;
  const sentence = firstSentence(line);
  if (sentence && sentence.length <= summaryLength) return sentence;
  const cut = line.slice(0, summaryLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const abbreviations = /(?:^|\s)(?:e\.g|i\.e|etc|vs|cf|approx|incl|no|mr|mrs|ms|dr)\.$/i;

/** Up to the first `.`, `!` or `?` that ends a sentence: followed by a capital or a digit, and not after `e.g.` and the like. */
function firstSentence(line: string): string | undefined {
  for (const match of line.matchAll(/[.!?](?=\s+["'“(]?[\p{Lu}\p{N}])/gu)) {
    const sentence = line.slice(0, match.index + 1);
    if (sentence.length >= 20 && !abbreviations.test(sentence)) return sentence;
  }
  return undefined;
}

/** The first paragraph that holds words, after the title. */
export function firstParagraph(tree: Root, skip?: RootContent): string | undefined {
  for (const node of tree.children) {
    if (node === skip || node.type !== 'paragraph') continue;
    const text = plainText(node);
    if (/[\p{L}\p{N}]/u.test(text) && !isEsmOnly(text)) return text;
  }
  return undefined;
}

export interface SectionCheck {
  hasSteps: boolean;
  stepsNumbered: boolean;
  hasEdgeCases: boolean;
}

/** The same reading of Steps and Edge cases as the `missing-steps` and `missing-edge-cases` rules. */
export function checkSections(tree: Root): SectionCheck {
  const steps = findSection(tree, 'steps');
  let stepsNumbered = false;
  for (const node of steps?.content ?? []) {
    visit(node, 'list', (list: List) => {
      if (list.ordered) stepsNumbered = true;
    });
  }
  const edgeCases = findSection(tree, 'edgeCases');
  const edgeText = (edgeCases?.content ?? [])
    .map((node) => toString(node))
    .join('')
    .trim();
  return { hasSteps: steps !== undefined, stepsNumbered, hasEdgeCases: edgeText !== '' };
}
