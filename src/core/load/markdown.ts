// Parses an SOP or macro body once into mdast with file positions; every rule and page shares that tree.
import type { Root, Yaml } from 'mdast';
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
import { autolinkLiteralMarker, gfmAutolinkLiteralFor } from './autolink-literal.ts';
import { simpleBody } from './simple-body.ts';

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
  { mayOccurIn: (text) => autolinkLiteralMarker.test(text), micromark: gfmAutolinkLiteralFor, mdast: gfmAutolinkLiteralFromMarkdown() },
  { mayOccurIn: (text) => text.includes('[^'), micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { mayOccurIn: (text) => text.includes('~'), micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
  { mayOccurIn: (text) => text.includes('|'), micromark: gfmTable(), mdast: gfmTableFromMarkdown() },
  { mayOccurIn: (text) => text.includes('['), micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
];

// As remark-parse with remark-frontmatter, remark-gfm and (for MDX) remark-mdx, in that order, would set them.
const yamlFrontmatter = { micromark: frontmatter(['yaml']), mdast: frontmatterFromMarkdown(['yaml']) };
const mdx = { micromark: mdxjs(), mdast: mdxFromMarkdown() };

const parserOptions = new Map<string, Options>();

function optionsFor(text: string, format: 'md' | 'mdx', frontmatter: boolean): Options {
  const present = gfmConstructs.filter((construct) => construct.mayOccurIn(text));
  const tail = format === 'mdx' ? [mdx] : [];
  const head = frontmatter ? [yamlFrontmatter] : [];
  const build = (): Options => ({
    extensions: [
      ...head.map((extension) => extension.micromark),
      combineExtensions(
        present.map((construct) => (typeof construct.micromark === 'function' ? construct.micromark(text) : construct.micromark)),
      ),
      ...tail.map((extension) => extension.micromark),
    ],
    mdastExtensions: [
      ...head.map((extension) => extension.mdast),
      ...present.map((construct) => construct.mdast),
      ...tail.map((extension) => extension.mdast),
    ],
  });
  // Options with a construct made for this text are this text's only.
  if (present.some((construct) => typeof construct.micromark === 'function')) return build();
  const key = `${format}:${frontmatter}:${present.map((construct) => gfmConstructs.indexOf(construct)).join(',')}`;
  let options = parserOptions.get(key);
  if (!options) {
    options = build();
    parserOptions.set(key, options);
  }
  return options;
}

/** MDX is parsed as MDX; when it does not parse, the error is kept and the file is read as Markdown so other rules still run. */
export function parseBody(text: string, format: 'md' | 'mdx'): ParsedBody {
  const frontmatter = frontmatterBlock(text);
  const tree = frontmatter && parseBodyAlone(text.slice(frontmatter.bodyStart), format);
  if (!frontmatter || !tree) return parseText(text, format, true);
  shiftPositions(tree, frontmatter.bodyLine - 1, frontmatter.bodyStart);
  tree.children.unshift(frontmatter.node);
  tree.position!.start = { line: 1, column: 1, offset: 0 };
  return { tree, syntaxError: undefined };
}

/**
 * The body after the frontmatter as its format reads it, positions from its own start; undefined when its MDX does not
 * parse: the whole file is read then, so that the error and the Markdown read instead name the file's own lines.
 */
function parseBodyAlone(body: string, format: 'md' | 'mdx'): Root | undefined {
  const simple = simpleBody(body, format);
  if (simple) return simple;
  if (format === 'md') return fromMarkdown(body, optionsFor(body, 'md', false));
  try {
    return fromMarkdown(body, optionsFor(body, 'mdx', false));
  } catch {
    return undefined;
  }
}

/** `frontmatter`: whether the text starts where a file does, so that a `---` block on its first line is frontmatter. */
function parseText(text: string, format: 'md' | 'mdx', frontmatter: boolean): ParsedBody {
  if (format === 'md') return { tree: fromMarkdown(text, optionsFor(text, 'md', frontmatter)), syntaxError: undefined };
  try {
    return { tree: fromMarkdown(text, optionsFor(text, 'mdx', frontmatter)), syntaxError: undefined };
  } catch (error) {
    return { tree: fromMarkdown(text, optionsFor(text, 'md', frontmatter)), syntaxError: describeSyntaxError(error) };
  }
}

const openingFence = /^---[ \t]*(?:\r\n|\r|\n)/;
const lineEnding = /\r\n|\r|\n/g;
const closingFence = /^---[ \t]*$/;

/**
 * The YAML frontmatter as micromark-extension-frontmatter reads it (an opening `---` line, the value, the first line
 * that is `---` with optional spaces or tabs), with where the body after it starts; undefined when the text has none,
 * or nothing but blank space after it. Micromark reads frontmatter one character at a time like the rest, a seventh of
 * the time it took to parse an SOP, though no rule or page reads that node for more than its place: the body is parsed
 * alone, its positions moved to the body's line and offset, and this node put in front (the tree is the same, tested).
 */
function frontmatterBlock(text: string): { node: Yaml; bodyStart: number; bodyLine: number } | undefined {
  const opening = openingFence.exec(text);
  if (!opening) return undefined;
  const valueStart = opening[0].length;
  let lineStart = valueStart;
  let line = 2;
  let previousEnding = 0;
  lineEnding.lastIndex = lineStart;
  for (;;) {
    const ending = lineEnding.exec(text);
    const lineEnd = ending ? ending.index : text.length;
    const lineText = text.slice(lineStart, lineEnd);
    if (closingFence.test(lineText)) {
      const bodyStart = ending ? lineEnd + ending[0].length : text.length;
      if (!/\S/.test(text.slice(bodyStart))) return undefined;
      const node: Yaml = {
        type: 'yaml',
        value: lineStart > valueStart ? text.slice(valueStart, lineStart - previousEnding) : '',
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: lineText.length + 1, offset: lineEnd } },
      };
      return { node, bodyStart, bodyLine: line + 1 };
    }
    if (!ending) return undefined;
    previousEnding = ending[0].length;
    lineStart = lineEnd + previousEnding;
    line += 1;
  }
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Moves every position in a tree parsed from a text's body (MDX's ESTree included) to where the body sits in the file. */
function shiftPositions(tree: Root, lines: number, offset: number): void {
  const moved = new WeakSet<object>();
  const movePoint = (point: Point | undefined) => {
    if (!point || moved.has(point)) return;
    moved.add(point);
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  };
  const moveEstree = (value: unknown) => {
    if (typeof value !== 'object' || value === null || moved.has(value)) return;
    moved.add(value);
    if (Array.isArray(value)) {
      for (const item of value) moveEstree(item);
      return;
    }
    const node = value as { start?: unknown; end?: unknown; loc?: { start?: Point; end?: Point }; range?: [number, number] };
    if (typeof node.start === 'number' && typeof node.end === 'number') {
      node.start += offset;
      node.end += offset;
      if (node.range) node.range = [node.range[0] + offset, node.range[1] + offset];
      movePoint(node.loc?.start);
      movePoint(node.loc?.end);
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'loc' && key !== 'range') moveEstree(child);
  };
  interface Positioned {
    position?: { start: Point; end: Point };
    data?: { estree?: unknown };
    children?: unknown[];
    attributes?: unknown[];
    value?: unknown;
  }
  const moveNode = (node: Positioned) => {
    if (node.position) {
      movePoint(node.position.start);
      movePoint(node.position.end);
    }
    if (node.data?.estree) moveEstree(node.data.estree);
    if (node.attributes) for (const attribute of node.attributes) moveNode(attribute as Positioned);
    if (node.value && typeof node.value === 'object') moveNode(node.value);
    if (node.children) for (const child of node.children) moveNode(child as Positioned);
  };
  moveNode(tree as Positioned);
}

function describeSyntaxError(error: unknown): SourceRange & { message: string } {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const point = place && 'start' in place && place.start ? place.start : place;
  let reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  if (point?.line !== undefined)
    return { line: point.line, column: point.column ?? 1, message: `MDX does not parse: ${reason.replace(/\.$/, '')}` };
  // A tag left open at the end of the file has no place of its own: only its message says where the tag is
  // ("Expected a closing tag for `<img>` (21:1-21:21)"). Without this it was reported on line 1.
  const named = /^(.*?) \((\d+):(\d+)(?:-\d+:\d+)?\)(.*)$/s.exec(reason);
  if (named) reason = named[1]! + named[4]!;
  return {
    line: named ? Number(named[2]) : 1,
    column: named ? Number(named[3]) : 1,
    message: `MDX does not parse: ${reason.replace(/\.$/, '')}`,
  };
}
