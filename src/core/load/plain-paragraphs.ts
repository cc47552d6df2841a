// A body that is nothing but paragraphs of plain text (most canned replies are) read without micromark.
import type { Paragraph, Root, Text } from 'mdast';
import { autolinkLiteralMarker } from './autolink-literal.ts';

/**
 * Characters that start or change a construct anywhere in a line: escapes, code, emphasis with `*`, links and images, HTML and
 * autolinks, character references, GFM strikethrough and tables, tabs (which count as several columns), carriage
 * returns (another line ending) and every other control character, the byte order mark and the replacement character
 * micromark writes for NUL.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const specialAnywhere = /[\\`*[\]!<>&~|\u0000-\u0009\u000B-\u001F\u007F\uFEFF\uFFFD]/;
/**
 * An underscore that is not inside a word, which may open or close emphasis. One between two letters or digits can do
 * neither (CommonMark's flanking rules for `_`), as in the placeholders of help-desk macros (`{{ticket.requester.first_name}}`).
 */
const underscoreAtWordEdge = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
/** MDX also reads braces (expressions) anywhere. */
const specialInMdx = /[{}]/;
/**
 * What a line may start with and stay a paragraph's plain text: a letter, a quote, a bracket or (outside MDX) a brace.
 * Anything else may open a block (`#`, `>`, `-`, `+`, `=`, a list number, an indent) or, in MDX, an `import`/`export`.
 */
const plainLineStart = /^[\p{L}"'(]/u;
const plainLineStartMd = /^[\p{L}"'({]/u;
const mdxStatement = /^(?:import|export)\b/;

/**
 * The tree `fromMarkdown` gives for a text of paragraphs only, or undefined when the text may hold anything else (the
 * caller then parses it). Each paragraph is its lines, joined by their line endings, in one text node, with
 * micromark's positions and key order. A macro is parsed as its page renders, and for a short reply micromark's
 * set-up is most of the cost: 1,500 macro bodies took 401 ms, 234 ms with this. Tested against micromark on generated
 * texts and on every macro of the sample and the benchmark playbooks.
 */
export function plainParagraphs(text: string, format: 'md' | 'mdx'): Root | undefined {
  if (specialAnywhere.test(text) || underscoreAtWordEdge.test(text) || autolinkLiteralMarker.test(text)) return undefined;
  if (format === 'mdx' && specialInMdx.test(text)) return undefined;
  const lineStart = format === 'mdx' ? plainLineStart : plainLineStartMd;
  const lines = text.split('\n');
  const children: Paragraph[] = [];
  let offset = 0;
  let open: { lines: string[]; start: { line: number; column: number; offset: number } } | undefined;
  const close = (line: number, endOffset: number) => {
    if (!open) return;
    const last = open.lines[open.lines.length - 1]!;
    const end = { line, column: last.length + 1, offset: endOffset };
    const textNode: Text = { type: 'text', value: open.lines.join('\n'), position: { start: { ...open.start }, end: { ...end } } };
    children.push({ type: 'paragraph', children: [textNode], position: { start: { ...open.start }, end } });
    open = undefined;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') {
      close(index, offset - 1);
    } else {
      // Every line, not only a paragraph's first: a later one may interrupt it (a heading, a list, a setext underline),
      // and the spaces micromark strips around a line would change the text.
      if (line.endsWith(' ') || !lineStart.test(line) || (format === 'mdx' && mdxStatement.test(line))) return undefined;
      open ??= { lines: [], start: { line: index + 1, column: 1, offset } };
      open.lines.push(line);
    }
    offset += line.length + 1;
  }
  const lastLine = lines.length;
  const textEnd = text.length;
  close(lastLine, textEnd);
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lastLine, column: lines[lastLine - 1]!.length + 1, offset: textEnd },
    },
  };
}
