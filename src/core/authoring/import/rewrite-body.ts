// Rewrites an imported body without losing a word: drops the title heading, levels headings so sections are `##`,
// names the Steps and Edge cases sections as the playbook does, and points links between imported files at their SOP pages.
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { applyEdits, offsets, type TextEdit } from './text-edits.ts';
import { plainText } from './infer.ts';
import { planHeadings } from './section-headings.ts';
import { linkEdits } from './rewrite-links.ts';
import { siteMarkupEdits } from './site-markup.ts';
import type { AssetCopy, AssetLookup } from './assets.ts';
import type { AnchorMap } from './heading-anchors.ts';

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
  /** Links to the document's own headings given the anchor its SOP page has. */
  ownAnchors: number;
  /** Relative links to files that are not part of the import (attachments, pages left behind). */
  linksLeft: number;
  /** Local images and attachments found nowhere in the source tree, as written, once each. */
  missingAssets: string[];
  /** Images and attachments to copy into the playbook; the body links to the copies. */
  assets: AssetCopy[];
  /** Attribute lists such as `{:target="_blank"}` removed: markup of the old tool, not words. */
  attributeLists: number;
  /** MDX `import`/`export` lines removed, and blocks of tab or details markup made Markdown. */
  siteMarkup: { esmLines: number; blocks: number };
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
  anchorsById: ReadonlyMap<string, AnchorMap>;
  /** The id of the SOP being written, for links to its own headings. */
  id: string;
  /** How to find images and attachments in the source tree; without it every local image is reported missing. */
  assets?: AssetLookup | undefined;
}

export function rewriteBody(source: string, options: BodyRewriteOptions): BodyRewrite {
  const edits: TextEdit[] = [];
  const titleRange = options.title ? offsets(options.title) : undefined;
  if (titleRange) edits.push({ start: titleRange.start, end: titleRange.end, text: '' });

  const renamed: RenamedHeading[] = [];
  for (const { heading, depth, renamedTo, kept } of planHeadings(options.tree, options.title)) {
    const range = offsets(heading);
    if (!range) continue;
    const text = headingSource(source, heading);
    let replacement = `${'#'.repeat(depth)} ${text}`;
    if (renamedTo !== undefined) {
      replacement = kept ? `## ${renamedTo}\n\n### ${text}` : `## ${renamedTo}`;
      renamed.push({ from: text, to: renamedTo, kept });
    }
    if (replacement !== source.slice(range.start, range.end)) edits.push({ ...range, text: replacement });
  }

  const attributes = attributeListEdits(source, options.tree);
  const markup = siteMarkupEdits(source, options.tree);
  const links = linkEdits(source, options, [...edits, ...attributes, ...markup.edits]);
  const body = applyEdits(source, [...edits, ...attributes, ...markup.edits, ...links.edits]).replace(/^\s*\n/, '');
  return {
    body,
    renamed,
    linksRewritten: links.pageLinks,
    ownAnchors: links.ownAnchors,
    linksLeft: links.left,
    missingAssets: links.missingAssets,
    assets: links.assets,
    attributeLists: attributes.length,
    siteMarkup: { esmLines: markup.esmLines, blocks: markup.blocks },
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
