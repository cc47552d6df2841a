import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/core/load/frontmatter.ts';
import { parseYamlBlock } from '../../../src/core/load/yaml-block.ts';

const blockRange = { line: 1, column: 1 };

/** What the YAML 1.2 CST parser makes of a text: the value, or that it does not parse. */
function cstReading(text: string): { value: unknown } | 'error' {
  // `logLevel: 'error'`, as the code under test: no Node warning for a collection key in the test output.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (document.errors.length > 0) return 'error';
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return 'error';
  }
}

function ourReading(text: string): { value: unknown } | 'error' {
  const { block, problems } = parseYamlBlock(text, 2, blockRange);
  return problems.length > 0 ? 'error' : { value: block.raw };
}

const tricky = [
  'a: 017\nb: 0o17\nc: 0x1F\nd: 0b101\ne: 1e3\nf: .inf\ng: ~\nh: yes\ni: 2026-11-01\nj: 12:30',
  "a: [b, { c: d }]\ne: \"x\\ty\"\nf: 'it''s'\ng: |\n  x\n  y\nh: >-\n  x\n  y\n",
  'channels: [email,\n  chat]',
  'channels: [email,\nchat]',
  'contact: "#billing\n"',
  'tags: [a]#comment',
  '{ a: 1 }: b',
  '? a\n: b',
  'a: !!str 1',
  'a: &x 1\nb: *x',
  'usage: { count: 1, : 2 }',
  'a: 1\na: 2',
  'a:\n\t- x',
  "summary: the customer's password [draft]",
  'a: +.5\nb: [-.5]',
  'a: +0o7\nb: -0x7',
  '',
];

describe('parseYamlBlock', () => {
  it.each(tricky.map((text) => [JSON.stringify(text), text]))('reads %s as the YAML 1.2 CST parser does', (_name, text) => {
    expect(ourReading(text)).toEqual(cstReading(text));
  });

  it('reads thousands of edited copies of the sample frontmatter as the CST parser does', () => {
    const folders = ['content/sops', 'content/macros'];
    const samples = folders.flatMap((folder) =>
      readdirSync(folder).map((name) => splitFrontmatter(readFileSync(`${folder}/${name}`, 'utf8')).yaml ?? ''),
    );
    const pieces = [
      ':',
      ' ',
      '\n',
      '-',
      '{',
      '}',
      '[',
      ']',
      '"',
      "'",
      '#',
      '|',
      '>',
      '?',
      ',',
      '\t',
      '!',
      '%',
      '@',
      '`',
      '~',
      '0b1',
      '1e3',
      '&a ',
      '*a',
      '.5',
      '-.5',
      '+0x',
    ];
    let seed = 20261123;
    const random = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
    for (let round = 0; round < 3000; round++) {
      let text = pick(samples);
      for (let edit = 0; edit < 1 + Math.floor(random() * 4); edit++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.5 ? text.slice(0, at) + pick(pieces) + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      }
      expect(ourReading(text), JSON.stringify(text)).toEqual(cstReading(text));
    }
  });

  it('works out field positions when first asked, as the CST parser places them', () => {
    const { block } = parseYamlBlock('title: Refunds\nescalation:\n  - { tier: l1, owner: maya }\n', 2, blockRange);
    expect(block.fields.get('escalation.0.owner')).toEqual({
      key: { line: 4, column: 17, endLine: 4, endColumn: 22 },
      value: { line: 4, column: 24, endLine: 4, endColumn: 28 },
    });
  });
});
