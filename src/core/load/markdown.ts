// Parses an SOP or macro body once into mdast with file positions; every rule and page shares that tree.
import type { Root } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { mdxjs } from 'micromark-extension-mdxjs';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { SourceRange } from '../diagnostic.ts';
import { gfmAutolinkLiteralFor } from './autolink-literal.ts';

export interface ParsedBody {
  tree: Root;
  syntaxError: (SourceRange & { message: string }) | undefined;
}

type MicromarkExtension = NonNullable<Options['extensions']>[number];
type MdastExtension = NonNullable<Options['mdastExtensions']>[number];

interface GfmConstruct {
  /** False only when the construct cannot occur in the text, because the marker it starts with is absent. */
  mayOccurIn: (text: string) => boolean;
  /** The syntax, or for a construct tuned to each text, how to make it. */
  micromark: MicromarkExtension | ((text: string) => MicromarkExtension);
  mdast: MdastExtension;
}

/**
 * GitHub-flavoured Markdown (what remark-gfm adds), construct by construct in remark-gfm's order. A file is
 * parsed only with the constructs whose markers it holds: the tree is the same, and parsing is up to twice
 * as fast, because literal autolinks alone look at every letter and cost as much as the rest of the parser.
 */
const gfmConstructs: GfmConstruct[] = [
  { mayOccurIn: (text) => /www\.|https?:\/\/|@/i.test(text), micromark: gfmAutolinkLiteralFor, mdast: gfmAutolinkLiteralFromMarkdown() },
  { mayOccurIn: (text) => text.includes('[^'), micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { mayOccurIn: (text) => text.includes('~'), micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
  { mayOccurIn: (text) => text.includes('|'), micromark: gfmTable(), mdast: gfmTableFromMarkdown() },
  { mayOccurIn: (text) => text.includes('['), micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
];

// As remark-parse with remark-frontmatter, remark-gfm and (for MDX) remark-mdx, in that order, would set them.
const yamlFrontmatter = { micromark: frontmatter(['yaml']), mdast: frontmatterFromMarkdown(['yaml']) };
const mdx = { micromark: mdxjs(), mdast: mdxFromMarkdown() };

const parserOptions = new Map<string, Options>();

function optionsFor(text: string, format: 'md' | 'mdx'): Options {
  const present = gfmConstructs.filter((construct) => construct.mayOccurIn(text));
  const tail = format === 'mdx' ? [mdx] : [];
  const build = (): Options => ({
    extensions: [
      yamlFrontmatter.micromark,
      combineExtensions(
        present.map((construct) => (typeof construct.micromark === 'function' ? construct.micromark(text) : construct.micromark)),
      ),
      ...tail.map((extension) => extension.micromark),
    ],
    mdastExtensions: [yamlFrontmatter.mdast, ...present.map((construct) => construct.mdast), ...tail.map((extension) => extension.mdast)],
  });
  // Options with a construct made for this text are this text's only.
  if (present.some((construct) => typeof construct.micromark === 'function')) return build();
  const key = `${format}:${present.map((construct) => gfmConstructs.indexOf(construct)).join(',')}`;
  let options = parserOptions.get(key);
  if (!options) {
    options = build();
    parserOptions.set(key, options);
  }
  return options;
}

/** MDX is parsed as MDX; when it does not parse, the error is kept and the file is read as Markdown so other rules still run. */
export function parseBody(text: string, format: 'md' | 'mdx'): ParsedBody {
  if (format === 'md') return { tree: fromMarkdown(text, optionsFor(text, 'md')), syntaxError: undefined };
  try {
    return { tree: fromMarkdown(text, optionsFor(text, 'mdx')), syntaxError: undefined };
  } catch (error) {
    return { tree: fromMarkdown(text, optionsFor(text, 'md')), syntaxError: describeSyntaxError(error) };
  }
}

function describeSyntaxError(error: unknown): SourceRange & { message: string } {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const point = place && 'start' in place && place.start ? place.start : place;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  return {
    line: point?.line ?? 1,
    column: point?.column ?? 1,
    message: `MDX does not parse: ${reason.replace(/\.$/, '')}`,
  };
}
