// In an `.mdx` import, the quotes that admonitions became (`> **Warning: Title**` + text) turn into
// `<Callout kind title>`: the site shows them as callouts, and Markdown twins as quotes again.
import type { Blockquote, Nodes } from 'mdast';
import { calloutKinds, type CalloutKind } from '../../../../schemas/components.ts';
import { parseBody } from '../../load/markdown.ts';

/** MkDocs' and Docusaurus' admonition kinds, by the callout kind a rep would expect. */
const kindOf: Record<string, CalloutKind> = {
  note: 'note',
  abstract: 'note',
  summary: 'note',
  tldr: 'note',
  info: 'note',
  todo: 'note',
  question: 'note',
  help: 'note',
  faq: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  seealso: 'note',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  warning: 'warning',
  caution: 'warning',
  attention: 'warning',
  danger: 'danger',
  error: 'danger',
  failure: 'danger',
  fail: 'danger',
  missing: 'danger',
  bug: 'danger',
};

interface Conversion {
  startLine: number;
  endLine: number;
  lines: string[];
}

function labelOf(quote: Blockquote): { kind: CalloutKind; title: string | undefined } | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph' || first.children.length !== 1) return undefined;
  const strong = first.children[0]!;
  if (strong.type !== 'strong' || strong.children.length !== 1 || strong.children[0]!.type !== 'text') return undefined;
  const match = /^([A-Z][A-Za-z-]*)(?:: (.+))?$/.exec(strong.children[0].value);
  const kind = match ? kindOf[match[1]!.toLowerCase()] : undefined;
  if (!match || !kind) return undefined;
  // `!!! important` without a title keeps its own word as the title: the kind alone would lose it.
  const named = (calloutKinds as readonly string[]).includes(match[1]!.toLowerCase());
  return { kind, title: match[2] ?? (named ? undefined : match[1]) };
}

function attribute(name: string, value: string): string | undefined {
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return undefined;
}

function convert(quote: Blockquote, lines: readonly string[]): Conversion | undefined {
  const label = labelOf(quote);
  const start = quote.position?.start;
  const end = quote.position?.end;
  if (!label || !start || !end) return undefined;
  const indent = ' '.repeat(start.column - 1);
  const quoted = lines.slice(start.line - 1, end.line).map((line) => line.slice(indent.length));
  // Lazy continuation lines (no `>`) would change meaning once unquoted; such quotes stay quotes.
  if (quoted.some((line) => !line.startsWith('>'))) return undefined;
  const inner = quoted.map((line) => line.replace(/^> ?/, ''));
  const body = inner.slice(1);
  while (body[0]?.trim() === '') body.shift();
  const title = label.title === undefined ? '' : attribute('title', label.title);
  if (title === undefined) return undefined;
  const open = `${indent}<Callout kind="${label.kind}"${title ? ` ${title}` : ''}>`;
  const text =
    body.length === 0
      ? [open, `${indent}</Callout>`]
      : [open, '', ...body.map((line) => (line === '' ? '' : `${indent}${line}`)), '', `${indent}</Callout>`];
  return { startLine: start.line, endLine: end.line, lines: text };
}

/** The body with each admonition quote as a `<Callout>`; unchanged when the result would not parse as MDX. */
export function admonitionQuotesToCallouts(body: string): { text: string; count: number } {
  const { tree, syntaxError } = parseBody(body, 'mdx');
  if (syntaxError) return { text: body, count: 0 };
  const conversions: Conversion[] = [];
  const lines = body.split('\n');
  const walk = (node: Nodes): void => {
    if (node.type === 'blockquote') {
      const conversion = convert(node, lines);
      if (conversion) {
        conversions.push(conversion);
        return;
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  if (conversions.length === 0) return { text: body, count: 0 };
  const result = [...lines];
  for (const conversion of conversions.sort((a, b) => b.startLine - a.startLine)) {
    result.splice(conversion.startLine - 1, conversion.endLine - conversion.startLine + 1, ...conversion.lines);
  }
  const text = result.join('\n');
  return parseBody(text, 'mdx').syntaxError ? { text: body, count: 0 } : { text, count: conversions.length };
}
