// Fuzzing the loader, every rule and every report format with arbitrary bytes, YAML and Markdown/MDX:
// never a throw, never a rule failure, every finding inside its file.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, it } from 'vitest';
import { assertOptions, longRun } from './budget.ts';
import { bytesOf, expectWellPlaced, lintBytes, type FuzzFile, type Slot } from './lint-bytes.ts';

const slots: Slot[] = ['sop.mdx', 'sop.md', 'macro.md', 'playbook.yaml', 'team.yaml'];
const slot = fc.constantFrom(...slots);

/** Bytes with the awkward ones over-represented: NUL, CR, BOMs, lone UTF-8 lead and continuation bytes. */
const awkwardByte = fc.constantFrom(
  0x00,
  0x0a,
  0x0d,
  0x22,
  0x27,
  0x2d,
  0x3a,
  0x3c,
  0x7b,
  0x7d,
  0x80,
  0xbf,
  0xc0,
  0xc3,
  0xe2,
  0xed,
  0xef,
  0xf0,
  0xf4,
  0xfe,
  0xff,
);
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), awkwardByte), { maxLength: 400 }).map((values) => Uint8Array.from(values)),
  fc
    .tuple(
      fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff], [0xef, 0xbb, 0xbf]),
      fc.uint8Array({ maxLength: 200 }),
    )
    .map(([mark, rest]) => Uint8Array.from([...mark, ...rest])),
);

const key = fc.oneof(
  fc.constantFrom(
    'title',
    'summary',
    'owner',
    'version',
    'status',
    'reviewed',
    'category',
    'tags',
    'scope',
    'escalation',
    'macros',
    'related',
    'people',
    'teams',
    'tiers',
    'categories',
    'rules',
    'maxEscalationSteps',
    '__proto__',
    'constructor',
    '<<',
  ),
  fc.string({ maxLength: 8 }),
);
const { value: yamlValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.date({ noInvalidDate: true }), tie('list'), tie('mapping')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  mapping: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));
/** YAML documents as a serialiser writes them, and spliced from pieces that trouble YAML parsers. */
const yamlDocument = fc.oneof(
  fc.dictionary(key, yamlValue, { maxKeys: 8 }).map((document) => stringify(document)),
  fc
    .array(
      fc.constantFrom(
        'a: ',
        '- ',
        '  ',
        '\t',
        '\n',
        '[',
        ']',
        '{',
        '}',
        ', ',
        '&a ',
        '*a',
        '!!js/function ',
        '!!binary ',
        '? ',
        '%YAML 1.1\n',
        '---\n',
        '...\n',
        '"',
        "'",
        '#',
        '|',
        '>',
        '2026-02-30',
        '1e309',
        '0x1F',
        'null',
        '~',
        '\u0000',
        '\uFEFF',
      ),
      {
        maxLength: 30,
      },
    )
    .map((pieces) => pieces.join('')),
);

/** Markdown and MDX: every construct the rules and the site treat specially, in any order. */
const bodyPiece = fc.oneof(
  fc.constantFrom(
    '## Steps\n',
    '## Edge cases\n',
    '1. ',
    '- ',
    '> ',
    '\n',
    '\n\n',
    '    ',
    '```\n',
    '```mermaid\nflowchart TD\n  a --> b\n',
    '~~~\n',
    '|a|b|\n|-|-|\n',
    '<img src="x.png" />',
    '<iframe src="https://x">',
    '</iframe>',
    '<script>alert(1)</script>',
    '<div dangerouslySetInnerHTML={{ __html: "x" }} />',
    '<Callout kind="tip">',
    '</Callout>',
    '<Macro id="x" />',
    '<>',
    '</>',
    'import x from "y"\n',
    'export const a = 1\n',
    '{1 + 1}',
    '{/* c */}',
    '{',
    '}',
    '[a](javascript:alert(1))',
    '![a](file:///C:/x.png)',
    '[a](../../../../etc/passwd)',
    '[a](/sops/x/#y)',
    '[a][r]\n\n[r]: data:text/html,x\n',
    '<!-- c -->',
    '{/* sop-lint-disable-next-line missing-steps -- why */}\n',
    '[^1]\n\n[^1]: note\n',
    'https://example.com ',
    '&amp;',
    '\\',
    '`',
    '*',
    '_',
    '\r\n',
    '\r',
    '\u0000',
    '🙂',
  ),
  fc.string({ maxLength: 12 }),
);
const body = fc.array(bodyPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const contentFile = fc
  .tuple(yamlDocument, body, fc.boolean())
  .map(([yaml, text, closed]) => `---\n${yaml}\n${closed ? '---\n' : ''}${text}`);

function file(slotName: Slot, index: number, data: Uint8Array): FuzzFile {
  return { slot: slotName, name: `file-${index}`, bytes: data };
}

// The long run (`npm run fuzz`) takes minutes per property.
const timeout = longRun ? 1_800_000 : 60_000;

describe('fuzzing the loader, the rules and the reports', { timeout }, () => {
  it('takes arbitrary bytes in any file', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(slot, bytes), { minLength: 1, maxLength: 4 }), (entries) => {
        expectWellPlaced(lintBytes(entries.map(([slotName, data], index) => file(slotName, index, data))));
      }),
      assertOptions,
    );
  });

  it('takes arbitrary YAML as frontmatter, playbook.yaml and team.yaml', () => {
    fc.assert(
      fc.property(yamlDocument, yamlDocument, yamlDocument, body, (frontmatter, playbook, team, text) => {
        expectWellPlaced(
          lintBytes([
            file('sop.mdx', 0, bytesOf(`---\n${frontmatter}\n---\n${text}`)),
            file('macro.md', 1, bytesOf(`---\n${frontmatter}\n---\n${text}`)),
            file('playbook.yaml', 2, bytesOf(playbook)),
            file('team.yaml', 3, bytesOf(team)),
          ]),
        );
      }),
      assertOptions,
    );
  });

  it('takes arbitrary Markdown and MDX as SOPs and macros', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom<Slot>('sop.mdx', 'sop.md', 'macro.md'), contentFile), { minLength: 1, maxLength: 3 }),
        (entries) => {
          expectWellPlaced(lintBytes(entries.map(([slotName, text], index) => file(slotName, index, bytesOf(text)))));
        },
      ),
      assertOptions,
    );
  });
});
