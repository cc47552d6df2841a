// Rewrites an imported body without losing a word: drops the title heading, levels headings so sections are `##`,
// names the Steps and Edge cases sections as the playbook does, and points links between imported files at their SOP pages.
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { applyEdits, offsets, type TextEdit } from './text-edits.ts';
import { plainText } from './infer.ts';
import { linkEdits } from './rewrite-links.ts';
import type { AssetCopy, AssetLookup } from './assets.ts';

export interface RenamedHeading {
  from: string;
  to: string;
  /** The original heading stays, one level down, under the new one. */
  kept: boolean;
}

export interface BodyRewrite {
  body: string;
  renamed: RenamedHeading[];
  linksRewritten: number;
  /** Relative links to files that are not part of the import (attachments, pages left behind). */
  linksLeft: number;
  /** Local images and attachments found nowhere in the source tree, as written, once each. */
  missingAssets: string[];
  /** Images and attachments to copy into the playbook; the body links to the copies. */
  assets: AssetCopy[];
  /** Attribute lists such as `{:target="_blank"}` removed: markup of the old tool, not words. */
  attributeLists: number;
}

export interface BodyRewriteOptions {
  tree: Root;
  /** The heading that became the title, removed from the body. */
  title: Heading | undefined;
  /** The source file's path inside the import folder, to resolve its relative links. */
  sourcePath: string;
  /** Path inside the import folder to the id it is imported as. */
  idsByPath: ReadonlyMap<string, string>;
  /** Heading anchors of each imported SOP, by id, to match links written for another slugger. */
  anchorsById: ReadonlyMap<string, readonly string[]>;
  /** How to find images and attachments in the source tree; without it every local image is reported missing. */
  assets?: AssetLookup | undefined;
}

const stepsNames = new Set(['steps', 'procedure', 'procedures', 'process', 'workflow', 'how to', 'how-to', 'instructions']);
const edgeCaseNames = new Set(['exceptions', 'edge cases', 'edge cases and exceptions', 'exceptions and edge cases', 'special cases']);

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '');
}

export function rewriteBody(source: string, options: BodyRewriteOptions): BodyRewrite {
  const edits: TextEdit[] = [];
  const headings = options.tree.children.filter((node): node is Heading => node.type === 'heading' && node !== options.title);
  const titleRange = options.title ? offsets(options.title) : undefined;
  if (titleRange) edits.push({ start: titleRange.start, end: titleRange.end, text: '' });

  // Sections are level 2 in a playbook: a document whose top headings are `#` or `###` is levelled to `##`.
  const shift = headings.length === 0 ? 0 : 2 - Math.min(...headings.map((heading) => heading.depth));
  const renamed: RenamedHeading[] = [];
  let stepsFound = headings.some((heading) => heading.depth + shift === 2 && normalise(plainText(heading)) === 'steps');
  let edgeCasesFound = headings.some((heading) => heading.depth + shift === 2 && normalise(plainText(heading)) === 'edge cases');

  for (const heading of headings) {
    const range = offsets(heading);
    if (!range) continue;
    const depth = Math.min(6, heading.depth + shift);
    const text = headingSource(source, heading);
    const name = normalise(plainText(heading));
    let replacement = `${'#'.repeat(depth)} ${text}`;
    if (depth === 2 && !stepsFound && (stepsNames.has(name) || name.startsWith('how to '))) {
      stepsFound = true;
      // A descriptive heading ("How to reset a login") stays, one level down, so no words are lost.
      replacement = stepsNames.has(name) ? '## Steps' : `## Steps\n\n### ${text}`;
      renamed.push({ from: text, to: 'Steps', kept: !stepsNames.has(name) });
    } else if (depth === 2 && !edgeCasesFound && edgeCaseNames.has(name) && name !== 'edge cases') {
      edgeCasesFound = true;
      replacement = '## Edge cases';
      renamed.push({ from: text, to: 'Edge cases', kept: false });
    }
    if (replacement !== source.slice(range.start, range.end)) edits.push({ ...range, text: replacement });
  }

  const attributes = attributeListEdits(source, options.tree);
  const links = linkEdits(source, options, [...edits, ...attributes]);
  const body = applyEdits(source, [...edits, ...attributes, ...links.edits]).replace(/^\s*\n/, '');
  return {
    body,
    renamed,
    linksRewritten: links.pageLinks,
    linksLeft: links.left,
    missingAssets: links.missingAssets,
    assets: links.assets,
    attributeLists: attributes.length,
  };
}

const attributeList = /[ \t]*\{:[^}\n]*\}/g;

/** Python-Markdown and kramdown attribute lists (`{:target="_blank"}`) in text: MDX would run them as code, Markdown would show them. */
function attributeListEdits(source: string, tree: Root): TextEdit[] {
  const edits: TextEdit[] = [];
  visit(tree, 'text', (node) => {
    const range = offsets(node);
    // Only where the text is written as read (no escapes), so offsets inside it are exact.
    if (!range || source.slice(range.start, range.end) !== node.value) return;
    for (const match of node.value.matchAll(attributeList)) {
      edits.push({ start: range.start + match.index, end: range.start + match.index + match[0].length, text: '' });
    }
  });
  return edits;
}

/** The heading's text as written (inline markup kept), without its `#` marks or setext underline. */
function headingSource(source: string, heading: Heading): string {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const start = first ? offsets(first)?.start : undefined;
  const end = last ? offsets(last)?.end : undefined;
  if (start === undefined || end === undefined) return plainText(heading);
  return source.slice(start, end).replace(/\s*\n\s*/g, ' ');
}
