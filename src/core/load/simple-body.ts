// A body written in the everyday subset of Markdown (what most SOPs are) read without micromark.
import type { Code, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { lineIndex, lineStarts } from '../line-index.ts';

/**
 * What this reader builds, and nothing else: ATX headings, paragraphs, tight lists of one-line items (`1.` or `-`),
 * GFM tables between pipes, fenced code between three backticks, and in text `**strong**`, `` `code` ``,
 * `[text](destination)` and GFM literal autolinks (`https://…`, `www.…`, `name@example.com`). Each is accepted only in
 * a form whose reading does not depend on CommonMark's finer rules (delimiter flanking, lazy lines, loose lists, link
 * reference definitions, trailing punctuation of links): anything else, or anything close to it, gives undefined and the
 * caller parses the text with micromark as before. So the tree is micromark's own, nodes, positions and key order
 * alike; tested against remark on hand-written and generated texts and on every body of the sample, the tests and the
 * benchmark playbooks.
 *
 * Why: micromark reads every character through its state machine, and parsing was about 40 % of a cold lint of 1,000
 * SOPs (the rules, the reports and the loading are the rest); for a short canned reply, micromark's set-up is most of it.
 */
export function simpleBody(text: string, format: 'md' | 'mdx'): Root | undefined {
  if (unsupportedAnywhere.test(text) || autolinkProtocolElsewhere.test(text)) return undefined;
  const reader = new BodyReader(text, format);
  return reader.read();
}

/**
 * Never read here, even inside code: carriage returns and tabs (line endings and columns micromark counts its own way),
 * other control characters, the byte order mark and the replacement character micromark writes for NUL.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const unsupportedAnywhere = /[\u0000-\u0009\u000B-\u001F\u007F\uFEFF\uFFFD]/;
/** Literal autolinks this reader does not write: `mailto:` and `xmpp:` addresses, and any prefix not in lower case. */
const autolinkProtocolElsewhere = /mailto:|xmpp:|(?=[wW]{3}\.|[hH][tT][tT][pP][sS]?:\/\/)(?!www\.|https?:\/\/)/;
/**
 * Outside code: escapes, HTML and JSX, character references, strikethrough, images, footnotes, and `]:`, which may end
 * a link reference definition (with none, a bracketed phrase such as `[amount]` is text). `>` is only a block quote at a
 * line's start, which no accepted line has.
 */
const unsupportedInText = /[\\<&~]|!\[|\[\^|\]:/;
/** MDX reads braces as expressions. */
const bracesInMdx = /[{}]/;
/** An underscore that may open or close emphasis (one between letters or digits cannot). */
const underscoreAtWordEdge = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
const mdxStatement = /^(?:import|export)\b/;
/**
 * A line that starts a paragraph or continues one: a letter, a digit, a quote, a parenthesis, `**`, `` ` `` or `[`,
 * and outside MDX a brace (help-desk placeholders such as `{{current_user.first_name}}`).
 */
const paragraphStart = /^(?:[\p{L}\p{N}"'(]|\*\*[^\s*]|`[^`]|\[)/u;
const paragraphStartMd = /^(?:[\p{L}\p{N}"'({]|\*\*[^\s*]|`[^`]|\[)/u;
/** A list marker where a paragraph line would start: never read as text here. */
const listMarkerStart = /^\d{1,9}[.)](?: |$)/;
const headingLine = /^(#{1,6}) (?=\S)/;
const orderedItem = /^(\d{1,9})\. (?=\S)/;
const bulletItem = /^- (?=\S)/;
const taskMarker = /^\[[ xX]\]/;
const fenceOpening = /^```([A-Za-z0-9_+.-]*)$/;
const delimiterRow = /^\|(?: *:?-+:? *\|)+$/;
const letterOrDigit = /[\p{L}\p{N}]/u;
const asciiLetter = /[A-Za-z]/;
/** Characters after a `**` that closes strong and opens nothing: the end, a space or a line ending, and punctuation. */
const afterStrongCloser = new Set(['', ' ', '\n', '.', ',', ';', ':', '!', '?', ')']);
/** Closing punctuation that may end strong when a space or the end follows. */
const punctuationBeforeStrongCloser = new Set(['.', ':', '!', '?', ')', '`']);
const linkDestination = /^[A-Za-z0-9/#._:?=%+,;@-]+$/;
/**
 * Dotted labels, each starting with a letter or digit. An address's domain goes on past a dot only to one of those; a web
 * link's goes on to `-` and other letters too (`www.a.-b` is linked whole), which this refuses rather than reads.
 */
const domainLabels = /^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9][A-Za-z0-9-]*)+/;
const urlPath = /^\/[A-Za-z0-9/._%#?=+-]*/;
const addressLocal = /^[A-Za-z0-9](?:[A-Za-z0-9._+-]*[A-Za-z0-9])?$/;
/** What may follow a literal autolink before a space, a line ending or the end: GFM's trailing punctuation. */
const autolinkTrail = /^[.,?!:;]*(?:[ \n]|$)/;

type Block = { kind: 'paragraph' } | { kind: 'list'; node: List } | { kind: 'table' } | { kind: 'closed' };

class BodyReader {
  private readonly lines: string[];
  private readonly lineStarts: number[];
  private readonly children: RootContent[] = [];
  /** The block the next line could continue, or `closed` after a heading or a fence, `undefined` after a blank line. */
  private open: Block | undefined;
  /** The kind of the list a blank line just ended: another of that kind after blank lines would make it a loose list. */
  private listBeforeBlank: ListKind | undefined;
  private paragraphLines: { first: number; last: number } | undefined;

  private readonly text: string;
  private readonly format: 'md' | 'mdx';
  private readonly paragraphStart: RegExp;
  private readonly locate: (offset: number) => { line: number; column: number };

  constructor(text: string, format: 'md' | 'mdx') {
    this.text = text;
    this.format = format;
    this.paragraphStart = format === 'mdx' ? paragraphStart : paragraphStartMd;
    this.lines = text.split('\n');
    this.lineStarts = lineStarts(text);
    this.locate = lineIndex(text, this.lineStarts);
  }

  read(): Root | undefined {
    const { lines } = this;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line === '') {
        if (!this.closeParagraph()) return undefined;
        if (this.open?.kind === 'list') this.listBeforeBlank = listKind(this.open.node);
        else if (this.open !== undefined) this.listBeforeBlank = undefined;
        this.open = undefined;
        continue;
      }
      const fence = fenceOpening.exec(line);
      if (fence) {
        const end = this.readFence(index, fence[1]!);
        if (end === undefined) return undefined;
        index = end;
        continue;
      }
      if (!this.acceptableLine(line)) return undefined;
      const heading = headingLine.exec(line);
      const item = orderedItem.exec(line) ?? bulletItem.exec(line);
      if (heading) {
        if (!this.readHeading(index, heading[1]!.length)) return undefined;
      } else if (item) {
        if (!this.readListItem(index, item)) return undefined;
      } else if (line.startsWith('|')) {
        const end = this.readTable(index);
        if (end === undefined) return undefined;
        index = end;
      } else {
        if (!this.readParagraphLine(index)) return undefined;
      }
    }
    if (!this.closeParagraph()) return undefined;
    const lastLine = lines.length;
    return {
      type: 'root',
      children: this.children,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: lastLine, column: lines[lastLine - 1]!.length + 1, offset: this.text.length },
      },
    };
  }

  /** A line outside code holds nothing this reader leaves to micromark. */
  private acceptableLine(line: string): boolean {
    if (line.endsWith(' ') || unsupportedInText.test(line) || underscoreAtWordEdge.test(line)) return false;
    if (this.format === 'mdx' && (bracesInMdx.test(line) || mdxStatement.test(line))) return false;
    return true;
  }

  private point(offset: number) {
    const { line, column } = this.locate(offset);
    return { line, column, offset };
  }

  private span(start: number, end: number) {
    return { start: this.point(start), end: this.point(end) };
  }

  private lineEnd(index: number): number {
    return this.lineStarts[index]! + this.lines[index]!.length;
  }

  /**
   * Whether the last line was a list item or a table row: a heading or a fence after it, with no blank line between, is
   * left to micromark (a list's lazy lines, a table's rows).
   */
  private inListOrTable(): boolean {
    return this.open?.kind === 'list' || this.open?.kind === 'table';
  }

  /** A new block may start here: the previous one ended with a blank line, or was a heading or a fence. */
  private mayStartBlock(): boolean {
    return this.open === undefined || this.open.kind === 'closed';
  }

  private readHeading(index: number, depth: number): boolean {
    const line = this.lines[index]!;
    // A closing sequence of `#` has its own rules; an open paragraph ends at a heading.
    if (line.endsWith('#') || this.inListOrTable()) return false;
    if (!this.closeParagraph()) return false;
    const start = this.lineStarts[index]!;
    const children = this.inline(start + depth + 1, this.lineEnd(index));
    if (!children) return false;
    const heading: Heading = {
      type: 'heading',
      depth: depth as Heading['depth'],
      children,
      position: this.span(start, this.lineEnd(index)),
    };
    this.children.push(heading);
    this.open = { kind: 'closed' };
    this.listBeforeBlank = undefined;
    return true;
  }

  private readListItem(index: number, marker: RegExpExecArray): boolean {
    const line = this.lines[index]!;
    const ordered = marker[1] !== undefined;
    const content = line.slice(marker[0].length);
    if (taskMarker.test(content) || !this.paragraphStart.test(content) || listMarkerStart.test(content)) return false;
    const kind: ListKind = ordered ? 'ordered' : 'bullet';
    let list: List;
    if (this.open?.kind === 'list') {
      list = this.open.node;
      if (listKind(list) !== kind) return false;
    } else {
      if (!this.mayStartBlock() || this.listBeforeBlank === kind) return false;
      list = { type: 'list', ordered, start: ordered ? Number(marker[1]) : null, spread: false, children: [] };
      this.children.push(list);
      this.open = { kind: 'list', node: list };
      this.listBeforeBlank = undefined;
    }
    const start = this.lineStarts[index]!;
    const end = this.lineEnd(index);
    const contentStart = start + marker[0].length;
    const phrasing = this.inline(contentStart, end);
    if (!phrasing) return false;
    const paragraph: Paragraph = { type: 'paragraph', children: phrasing, position: this.span(contentStart, end) };
    const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [paragraph], position: this.span(start, end) };
    list.children.push(item);
    list.position = { start: { ...list.children[0]!.position!.start }, end: this.point(end) };
    return true;
  }

  /** A table from its header row; the index of its last row, or undefined when it is not one this reader writes. */
  private readTable(index: number): number | undefined {
    if (!this.mayStartBlock()) return undefined;
    const delimiter = this.lines[index + 1];
    if (delimiter === undefined || !delimiterRow.test(delimiter)) return undefined;
    const align = delimiter
      .slice(1, -1)
      .split('|')
      .map((cell) => {
        const trimmed = cell.trim();
        const left = trimmed.startsWith(':');
        const right = trimmed.endsWith(':');
        return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
      });
    const rows: TableRow[] = [];
    const header = this.tableRow(index, align.length);
    if (!header) return undefined;
    rows.push(header);
    let last = index + 1;
    for (let row = index + 2; row < this.lines.length && this.lines[row] !== ''; row++) {
      const line = this.lines[row]!;
      if (!line.startsWith('|') || !this.acceptableLine(line)) return undefined;
      const body = this.tableRow(row, align.length);
      if (!body) return undefined;
      rows.push(body);
      last = row;
    }
    const table: Table = { type: 'table', align, children: rows, position: this.span(this.lineStarts[index]!, this.lineEnd(last)) };
    this.children.push(table);
    this.open = { kind: 'table' };
    this.listBeforeBlank = undefined;
    return last;
  }

  private tableRow(index: number, columns: number): TableRow | undefined {
    const line = this.lines[index]!;
    if (line.length < 2 || !line.startsWith('|') || !line.endsWith('|') || line.includes('`')) return undefined;
    const start = this.lineStarts[index]!;
    const pipes: number[] = [];
    for (let at = line.indexOf('|'); at !== -1; at = line.indexOf('|', at + 1)) pipes.push(at);
    if (pipes.length !== columns + 1) return undefined;
    const cells: TableCell[] = [];
    for (let cell = 0; cell < columns; cell++) {
      const from = pipes[cell]! + 1;
      const to = pipes[cell + 1]!;
      // GFM trims spaces (and tabs, which never get here) around a cell, not other white space.
      const raw = line.slice(from, to);
      const leading = /^ */.exec(raw)![0].length;
      const trailing = / *$/.exec(raw)![0].length;
      if (leading === raw.length) return undefined;
      const children = this.inline(start + from + leading, start + to - trailing);
      if (!children) return undefined;
      const cellEnd = cell === columns - 1 ? start + line.length : start + to;
      cells.push({ type: 'tableCell', children, position: this.span(start + pipes[cell]!, cellEnd) });
    }
    return { type: 'tableRow', children: cells, position: this.span(start, start + line.length) };
  }

  /** A fenced code block from its opening line; the index of its closing line, or undefined when it has none. */
  private readFence(index: number, language: string): number | undefined {
    if (this.inListOrTable()) return undefined;
    if (!this.closeParagraph()) return undefined;
    for (let close = index + 1; close < this.lines.length; close++) {
      const line = this.lines[close]!;
      if (line === '```') {
        const value = this.lines.slice(index + 1, close).join('\n');
        const code: Code = {
          type: 'code',
          lang: language === '' ? null : language,
          meta: null,
          value,
          position: this.span(this.lineStarts[index]!, this.lineEnd(close)),
        };
        this.children.push(code);
        this.open = { kind: 'closed' };
        this.listBeforeBlank = undefined;
        return close;
      }
      // A longer fence or spaces before or after one could close it too.
      if (line.trimStart().startsWith('```') || line.trimStart().startsWith('~~~')) return undefined;
    }
    return undefined;
  }

  private readParagraphLine(index: number): boolean {
    const line = this.lines[index]!;
    if (!this.paragraphStart.test(line) || listMarkerStart.test(line)) return false;
    if (this.paragraphLines) {
      this.paragraphLines.last = index;
      return true;
    }
    if (!this.mayStartBlock()) return false;
    this.paragraphLines = { first: index, last: index };
    this.open = { kind: 'paragraph' };
    this.listBeforeBlank = undefined;
    return true;
  }

  /** Writes the paragraph being read, if any; false when its text holds something this reader leaves to micromark. */
  private closeParagraph(): boolean {
    const lines = this.paragraphLines;
    if (!lines) return true;
    this.paragraphLines = undefined;
    const start = this.lineStarts[lines.first]!;
    const end = this.lineEnd(lines.last);
    const children = this.inline(start, end);
    if (!children) return false;
    this.children.push({ type: 'paragraph', children, position: this.span(start, end) });
    return true;
  }

  /** The phrasing content of `text[start, end)`, or undefined when it holds a construct this reader does not write. */
  private inline(start: number, end: number): PhrasingContent[] | undefined {
    const { text } = this;
    const nodes: PhrasingContent[] = [];
    let textStart = start;
    const flushText = (to: number) => {
      if (to > textStart) nodes.push({ type: 'text', value: text.slice(textStart, to), position: this.span(textStart, to) });
    };
    const before = (at: number) => (at === start ? '' : text[at - 1]!);
    let at = start;
    while (at < end) {
      const char = text[at]!;
      if (char === '*') {
        const closer = this.strongCloser(at, start, end);
        if (closer === undefined) return undefined;
        const children = this.inline(at + 2, closer);
        if (!children) return undefined;
        flushText(at);
        nodes.push({ type: 'strong', children, position: this.span(at, closer + 2) });
        at = textStart = closer + 2;
      } else if (char === '`') {
        const close = text.indexOf('`', at + 1);
        const runGoesOn = close + 1 < end && text[close + 1] === '`';
        if (close === -1 || close >= end || text[at + 1] === '`' || runGoesOn || before(at) === '`') return undefined;
        const value = text.slice(at + 1, close);
        if (value.includes('\n') || value.startsWith(' ') || value.endsWith(' ')) return undefined;
        flushText(at);
        nodes.push({ type: 'inlineCode', value, position: this.span(at, close + 1) });
        at = textStart = close + 1;
      } else if (char === '[') {
        const link = this.link(at, end);
        if (link === undefined) return undefined;
        if (typeof link === 'number') {
          at = link;
          continue;
        }
        flushText(at);
        nodes.push(link.node);
        at = textStart = link.end;
      } else if (char === ']') {
        return undefined;
      } else if (
        (char === 'h' || char === 'w') &&
        (text.startsWith('www.', at) || text.startsWith('http://', at) || text.startsWith('https://', at))
      ) {
        const link = this.webAutolink(at, start, end);
        if (!link) return undefined;
        flushText(at);
        nodes.push(link.node);
        at = textStart = link.end;
      } else if (char === '@') {
        // The local part is read back to the first character that cannot be in one. GFM's also takes `_`, where this stops:
        // safe only because an underscore at a word's edge was refused with the line, and `addressAutolink` wants a space
        // or the start before the local part.
        let local = at;
        while (local > textStart && /[A-Za-z0-9._+-]/.test(text[local - 1]!)) local--;
        if (local === at) {
          at += 1;
          continue;
        }
        const link = this.addressAutolink(local, at, start, end);
        if (!link) return undefined;
        flushText(local);
        nodes.push(link.node);
        at = textStart = link.end;
      } else {
        at += 1;
      }
    }
    flushText(end);
    return nodes;
  }

  /** Where the `**` at `at` closes, when both ends are unmistakable; undefined otherwise. */
  private strongCloser(at: number, start: number, end: number): number | undefined {
    const { text } = this;
    const previous = at === start ? '' : text[at - 1]!;
    if (text[at + 1] !== '*' || !(previous === '' || previous === ' ' || previous === '\n')) return undefined;
    if (at + 2 >= end || (!letterOrDigit.test(text[at + 2]!) && text[at + 2] !== '`')) return undefined;
    const closer = text.indexOf('**', at + 2);
    if (closer === -1 || closer + 2 > end) return undefined;
    // Code may sit inside, in pairs of backticks (a `**` inside code would leave one unpaired): it binds first.
    const inner = text.slice(at + 2, closer);
    if (/[*[\]\n@]|www\.|:\/\//.test(inner) || (inner.split('`').length - 1) % 2 !== 0) return undefined;
    const last = text[closer - 1]!;
    const next = closer + 2 === end ? '' : text[closer + 2]!;
    if (letterOrDigit.test(last)) return afterStrongCloser.has(next) ? closer : undefined;
    if (punctuationBeforeStrongCloser.has(last)) return next === '' || next === ' ' || next === '\n' ? closer : undefined;
    return undefined;
  }

  /**
   * A link `[text](destination)` at `at`; or, for a bracketed phrase followed by neither `(` nor `[` (a reference to
   * nothing, since no definition was let in), the index after its `]`, the phrase staying text.
   */
  private link(at: number, end: number): { node: Link; end: number } | number | undefined {
    const { text } = this;
    const close = text.indexOf(']', at + 1);
    if (close === -1 || close >= end) return undefined;
    const label = text.slice(at + 1, close);
    if (label === '' || /[[`*\n@]|www\.|:\/\//.test(label)) return undefined;
    const next = close + 1 < end ? text[close + 1] : '';
    if (next === '[') return undefined;
    if (next !== '(') return close + 1;
    const destinationEnd = text.indexOf(')', close + 2);
    if (destinationEnd === -1 || destinationEnd >= end) return undefined;
    const url = text.slice(close + 2, destinationEnd);
    if (!linkDestination.test(url)) return undefined;
    return {
      node: {
        type: 'link',
        title: null,
        url,
        children: [{ type: 'text', value: label, position: this.span(at + 1, close) }],
        position: this.span(at, destinationEnd + 1),
      },
      end: destinationEnd + 1,
    };
  }

  /** A `www.` or `http(s)://` literal at `at`, with a domain of dotted labels and a plain path. */
  private webAutolink(at: number, start: number, end: number): { node: Link; end: number } | undefined {
    const { text } = this;
    const previous = at === start ? '' : text[at - 1]!;
    if (!(previous === '' || previous === ' ' || previous === '\n')) return undefined;
    const prefix = text.startsWith('www.', at) ? '' : text.startsWith('https://', at) ? 'https://' : 'http://';
    const rest = text.slice(at + prefix.length, end);
    const domain = domainLabels.exec(rest);
    if (!domain || domain[0].endsWith('-')) return undefined;
    let length = domain[0].length;
    const path = urlPath.exec(rest.slice(length));
    if (path) length += path[0].length;
    while (length > domain[0].length && (rest[length - 1] === '.' || rest[length - 1] === '?')) length--;
    if (!autolinkTrail.test(rest.slice(length))) return undefined;
    const literalEnd = at + prefix.length + length;
    const literal = text.slice(at, literalEnd);
    return this.autolink(at, literalEnd, prefix === '' ? `http://${literal}` : literal);
  }

  /** An address `local@domain` whose local part starts at `local`. */
  private addressAutolink(local: number, at: number, start: number, end: number): { node: Link; end: number } | undefined {
    const { text } = this;
    const previous = local === start ? '' : text[local - 1]!;
    if (!(previous === '' || previous === ' ' || previous === '\n') || !addressLocal.test(text.slice(local, at))) return undefined;
    const rest = text.slice(at + 1, end);
    const domain = domainLabels.exec(rest);
    // An address is linked only when its domain ends in a letter.
    if (!domain || !asciiLetter.test(domain[0].at(-1)!) || !autolinkTrail.test(rest.slice(domain[0].length))) return undefined;
    const literalEnd = at + 1 + domain[0].length;
    return this.autolink(local, literalEnd, `mailto:${text.slice(local, literalEnd)}`);
  }

  private autolink(start: number, end: number, url: string): { node: Link; end: number } {
    const position = this.span(start, end);
    return {
      node: {
        type: 'link',
        title: null,
        url,
        children: [{ type: 'text', value: this.text.slice(start, end), position: this.span(start, end) }],
        position,
      },
      end,
    };
  }
}

type ListKind = 'ordered' | 'bullet';

function listKind(list: List): ListKind {
  return list.ordered ? 'ordered' : 'bullet';
}
