// Markup that docs sites wrap around their words (Docusaurus, Nextra, GitHub): `import Tabs from '@theme/Tabs'`
// lines, `<Tabs>`/`<TabItem label>` and `<details>`/`<summary>`. The playbook shows them as text on the page, so
// the import takes the plumbing out and keeps every word: a tab's label and a summary become a bold line.
import type { Root } from 'mdast';
import { offsets, type TextEdit } from './text-edits.ts';

/** An ES module line of MDX: `import X from '…'`, `import '…'`, `export const x = …`. */
const esmLine = /^(?:import\s+(?:[\w$*{][^'"]*\s+from\s+)?['"][^'"]+['"];?|export\s+(?:const|let|var|function|default)\b.*)$/;

/** Whether a paragraph is only `import`/`export` lines: plumbing of the site, not words of the document. */
export function isEsmOnly(text: string): boolean {
  // Read as plain text, a paragraph's lines may arrive joined by spaces.
  return text.split(/\n|(?<=;)\s+(?=import\s|export\s)/).every((line) => esmLine.test(line.trim()));
}

const closing = /^<\/(?:Tabs|TabItem|details)>$/;
const opening = /^<(?:Tabs|details)(?:\s[^>]*)?>$/;
const tabItem = /^<TabItem(\s[^>]*)?>$/;
const summary = /^(?:<details(?:\s[^>]*)?>\s*)?<summary(?:\s[^>]*)?>(.*)<\/summary>$/;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** A label as a bold line: tags dropped, spaces folded, `*` escaped; '' when nothing is left. */
export function bold(text: string): string {
  const words = text
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' ? '' : `**${words.replace(/\*/g, '\\*')}**`;
}

/** A line of tab or details markup as Markdown, or undefined when the line is something else. */
function lineOfMarkup(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || closing.test(trimmed) || opening.test(trimmed)) return '';
  const tab = tabItem.exec(trimmed);
  if (tab) return bold(attribute(tab[1] ?? '', 'label') ?? attribute(tab[1] ?? '', 'value') ?? '');
  const heading = summary.exec(trimmed);
  return heading ? bold(heading[1]!) : undefined;
}

/** A block taken out with the blank lines after it, so no run of empty lines is left where it was. */
function removal(source: string, range: { start: number; end: number }): TextEdit {
  let end = range.end;
  while (source[end] === '\n') end += 1;
  return { start: range.start, end, text: '' };
}

/** Whether an HTML block is only tab or details markup, which `siteMarkupEdits` turns into labels. */
export function isSiteMarkup(html: string): boolean {
  return html.split('\n').every((line) => lineOfMarkup(line) !== undefined);
}

export interface SiteMarkupEdits {
  edits: TextEdit[];
  /** `import`/`export` lines removed. */
  esmLines: number;
  /** Blocks of tab or details markup turned into Markdown. */
  blocks: number;
}

/** Edits that take docs-site markup out of a Markdown reading of the body (top-level blocks only, where it sits). */
export function siteMarkupEdits(source: string, tree: Root): SiteMarkupEdits {
  const result: SiteMarkupEdits = { edits: [], esmLines: 0, blocks: 0 };
  for (const node of tree.children) {
    const range = offsets(node);
    if (!range || (node.type !== 'paragraph' && node.type !== 'html')) continue;
    const lines = source.slice(range.start, range.end).split('\n');
    if (node.type === 'paragraph') {
      if (!isEsmOnly(lines.join('\n'))) continue;
      result.edits.push(removal(source, range));
      result.esmLines += lines.length;
      continue;
    }
    if (!isSiteMarkup(lines.join('\n'))) continue;
    const markdown = lines.map(lineOfMarkup);
    const text = markdown.filter((line) => line !== '').join('\n\n');
    result.edits.push(text === '' ? removal(source, range) : { ...range, text });
    result.blocks += 1;
  }
  return result;
}
