// A Markdown table cell holds one line of inline text; HTML cells hold paragraphs, lists and code. Each block of a
// cell becomes a run of inline content, told apart from the next by a space, so the table stays a table and no word
// runs into another: `<p>a</p><p>b</p>` reads `a b`, a list `• a • b` (or `1. a 2. b`), a code block inline code.
import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';

/** Elements that start a block of their own inside a cell. */
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const space: ElementContent = { type: 'text', value: ' ' };

function isBlock(node: ElementContent): node is Element {
  return node.type === 'element' && blocks.has(node.tagName);
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** A block's content as inline content, with a marker in front of list items. */
function inlineBlock(block: Element): ElementContent[] {
  if (block.tagName === 'pre') {
    const code = textOf(block)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    return code === '' ? [] : [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: code }] }];
  }
  if (block.tagName === 'hr') return [];
  if (block.tagName === 'ol' || block.tagName === 'ul') {
    const start = Number(block.properties.start ?? 1);
    const items = block.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
    return joined(
      items.map((item, index) => [
        { type: 'text', value: block.tagName === 'ol' ? `${(Number.isInteger(start) ? start : 1) + index}. ` : '• ' },
        ...inline(item.children),
      ]),
    );
  }
  return inline(block.children);
}

function joined(runs: ElementContent[][]): ElementContent[] {
  const nonEmpty = runs.filter((run) => run.some((node) => textOf(node).trim() !== '' || node.type === 'element'));
  return nonEmpty.flatMap((run, index) => (index === 0 ? run : [space, ...run]));
}

/** Inline content stays as it is; each block becomes a run of its own, separated by a space. */
function inline(children: readonly ElementContent[]): ElementContent[] {
  const runs: ElementContent[][] = [[]];
  for (const child of children) {
    if (isBlock(child)) runs.push(inlineBlock(child), []);
    else runs[runs.length - 1]!.push(child);
  }
  return joined(runs);
}

/** Every cell of every table (inner tables first) reduced to inline content. */
export function flattenTableCells(main: Element | Root): void {
  for (const cell of selectAll('td, th', main).reverse()) {
    if (cell.children.some(isBlock)) cell.children = inline(cell.children);
  }
}
