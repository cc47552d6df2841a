import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/core/load/markdown.ts';
import { simpleBody } from '../../../src/core/load/simple-body.ts';

/** What the shortcut must equal: remark with all of GFM (and MDX), as the site's own pipeline would read the text. */
const remark = {
  md: unified().use(remarkParse).use(remarkGfm).freeze(),
  mdx: unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze(),
};

function expectSameAsRemark(text: string, format: 'md' | 'mdx') {
  const tree = simpleBody(text, format);
  const expected = remark[format].parse(text);
  expect(tree).toEqual(expected);
  // Same keys in the same order too: trees are serialised (the lint cache, the AI views).
  expect(JSON.stringify(tree)).toBe(JSON.stringify(expected));
}

const macroReply = [
  'Hi {{ticket.requester.first_name}},',
  '',
  "I've looked into ticket #{{ticket.id}} and fixed it (for good).",
  '',
  'Best,',
  '{{current_user.first_name}}',
  '',
].join('\n');

// Help-desk replies (plain paragraphs, placeholders) as the everyday-Markdown reader takes them; the rest of what it
// reads and refuses is in simple-body.test.ts.
describe('simpleBody on plain replies', () => {
  it.each([
    ['a help-desk reply with placeholders', macroReply],
    ['one line without a line ending', 'Thanks for waiting'],
    ['blank lines around and between', '\n\nFirst line\nsecond line\n\n\nThird\n\n'],
    ['letters beyond ASCII, beyond the BMP and symbols', 'Grüße, ½ price: 𝐀 “quoted” 😀 — done?\nΩmega 50% off $3'],
    ['a number, a hash and list-like text inside a line', 'Order 1. then 2) and - or + and # and = all inline'],
    ['an underscore inside a word', 'snake_case and x_٣ and 2_000'],
    ['an empty text', ''],
  ])('reads %s as remark does', (_name, text) => {
    for (const format of ['md', 'mdx'] as const) if (!text.includes('{') || format === 'md') expectSameAsRemark(text, format);
  });

  it.each([
    ['a list after a paragraph line', 'Hi\n- item'],
    ['a setext underline', 'Title\n==='],
    ['a thematic break', 'a\n\n---'],
    ['an indented line', 'a\n  b'],
    ['trailing spaces (a hard break)', 'a  \nb'],
    ['emphasis', 'a *b* c'],
    ['an underscore at a word edge', 'a _b_ c'],
    ['a character reference', 'Fish &amp; chips'],
    ['HTML or JSX', 'Press <kbd>Enter</kbd>'],
    ['a backslash escape', 'a\\*b'],
    ['strikethrough', '~~old~~'],
    ['a tab', 'a\tb'],
    ['a carriage return', 'a\r\nb'],
    ['a byte order mark', '\uFEFFa'],
  ])('leaves %s to the parser', (_name, text) => {
    expect(simpleBody(text, 'md')).toBeUndefined();
  });

  it('leaves braces and import or export lines to the parser in MDX only', () => {
    expect(simpleBody('Hi {{name}}', 'mdx')).toBeUndefined();
    expect(simpleBody('Hi {{name}}', 'md')).toBeDefined();
    expect(simpleBody('import x from y', 'mdx')).toBeUndefined();
    expectSameAsRemark('import x from y', 'md');
  });

  it('matches remark on generated texts of plain words and the characters closest to a construct', () => {
    const pieces = [
      'Hi',
      'there',
      ' ',
      '\n',
      '\n\n',
      '{{ticket.id}}',
      '#',
      '1.',
      '2)',
      '-',
      '+',
      '=',
      '===',
      '---',
      'é',
      '😀',
      '𝐀',
      '"q"',
      "'s",
      '(x)',
      ':',
      ';',
      '%',
      '$',
      '^',
      ',',
      '.',
      '?',
      '\u00A0',
      '\u2028',
      '\u200B',
      'import',
      'export',
      'first_name',
      '_',
      'a_',
      '0',
      '/',
      '  ',
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let shortcut = 0;
    for (let run = 0; run < 4000; run++) {
      let text = '';
      for (let piece = 1 + next(16); piece > 0; piece--) text += pieces[next(pieces.length)]!;
      const format = next(2) === 0 ? 'md' : 'mdx';
      if (!simpleBody(text, format)) continue;
      shortcut += 1;
      expectSameAsRemark(text, format);
    }
    // The generator must exercise the shortcut, not only the texts it refuses.
    expect(shortcut).toBeGreaterThan(400);
  });

  it('is what parseBody uses for a macro body after its frontmatter, with file positions', () => {
    const file = `---\ntitle: Reply\n---\n${macroReply}`;
    const { tree } = parseBody(file, 'md');
    const expected = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(file);
    expect(simpleBody(macroReply, 'md')).toBeDefined();
    expect(tree).toEqual(expected);
  });
});
