import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { lintPlaybook } from '../../../src/core/lint/engine.ts';
import { loadTestPlaybook, playbookFiles } from '../../helpers/playbook.ts';

const today = parsePlainDate('2026-11-23')!;

/** Field names the rules read, plus near misses, so generated frontmatter reaches the rules and not only the schema. */
const fieldName = fc.constantFrom(
  'title',
  'summary',
  'owner',
  'coOwners',
  'version',
  'status',
  'reviewed',
  'reviewEvery',
  'category',
  'tags',
  'channels',
  'scope',
  'sla',
  'escalation',
  'macros',
  'related',
  'approvals',
  'usage',
  'source',
  'reviewd',
  'tier',
  'when',
  'by',
  'count',
  'since',
);

/** Values of every awkward kind: ids that exist and do not, impossible dates, huge and non-finite numbers, unicode. */
const scalar = fc.oneof(
  fc.constantFrom(
    'billing-ops',
    'maya-chen',
    'billing',
    'refund',
    'l1',
    'l2',
    'eng',
    'email',
    'active',
    'draft',
    'archived',
    'retired',
    'refunds',
    'refund-approved',
  ),
  fc.constantFrom('2026-02-30', '2026-11-01', '1.0.0', '90d', '', ' ', '{', '<b>', '---', '\u0000', '\uFEFF', 'Ünïcødé 🙂', '*a', '&a'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.boolean(),
  fc.constant(null),
);

const { value: yamlValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('mapping')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  mapping: fc.dictionary(fieldName, tie('value'), { maxKeys: 5 }),
}));

/** Frontmatter as a serialiser writes it, or as a person might mistype it. */
const frontmatter = fc.oneof(
  fc.dictionary(fieldName, yamlValue, { maxKeys: 10 }).map((fields) => stringify(fields)),
  fc
    .array(
      fc.constantFrom(
        'owner: ',
        'escalation:\n  - tier: ',
        '[',
        ']',
        '{',
        '}',
        ': ',
        '- ',
        '&a ',
        '*a',
        '!!binary ',
        '<<: *a\n',
        '\n',
        '#',
        '99999999999999999999',
        '1e309',
        'é',
        '"',
        "'",
      ),
      {
        maxLength: 20,
      },
    )
    .map((parts) => parts.join('')),
);

/** Body pieces that trouble MDX and Markdown parsers and the rules that read sections. */
const bodyPiece = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '<',
    '>',
    '</',
    '<div>',
    '---',
    '\n',
    '\n\n',
    '## Steps\n',
    '## Edge cases\n',
    '## Exceptions\n',
    '# Title\n',
    '1. ',
    '2.',
    '- ',
    '* ',
    '```mermaid\n',
    '```\n',
    '{/* sop-lint-disable-next-line missing-steps */}\n',
    '<!-- sop-lint-disable-next-line x -- y -->\n',
    '# sop-lint-disable-next-line unknown-owner\n',
    '[link](/sops/refunds/#steps)',
    '![x](a.png)',
    '|a|b|\n|-|-|\n',
    '&amp;',
    '\\',
    '`',
    '$$',
    '99999999999999999999',
    '1e309',
    '🙂',
    'é',
    '\u200b',
    '\r\n',
  ),
  fc.string({ maxLength: 16 }),
);
const body = fc.array(bodyPiece, { maxLength: 30 }).map((parts) => parts.join(''));

const sopFile = fc.tuple(frontmatter, body).map(([yaml, text]) => `---\n${yaml}\n---\n${text}`);
const anyFile = fc.oneof(sopFile, body);

describe('loading and linting arbitrary content', () => {
  it('never throws and reports only well-placed findings', () => {
    fc.assert(
      fc.property(fc.array(anyFile, { minLength: 1, maxLength: 3 }), anyFile, fc.boolean(), (sops, macro, asMarkdown) => {
        const files = Object.fromEntries(sops.map((text, position) => [`content/sops/sop-${position}.${asMarkdown ? 'md' : 'mdx'}`, text]));
        const playbook = loadTestPlaybook(playbookFiles({ ...files, 'content/macros/macro.md': macro }));
        const { diagnostics } = lintPlaybook(playbook, { today });
        for (const diagnostic of diagnostics) {
          expect(diagnostic.message).not.toMatch(/^rule `[^`]+` failed/);
          expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports a YAML alias bomb as a problem instead of throwing', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [position, name] of Array.from('bcdefgh').entries())
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${'abcdefgh'[position]}`).join(', ')}]`);
    const playbook = loadTestPlaybook(playbookFiles({ 'content/sops/laughs.mdx': `---\n${laughs.join('\n')}\n---\n` }));
    const { diagnostics } = lintPlaybook(playbook, { today });
    expect(
      diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'frontmatter-schema')
        .map(({ line, column, message }) => ({ line, column, message })),
    ).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'YAML cannot be read: Excessive alias count indicates a resource exhaustion attack; write the values out instead of ' +
          'repeating aliases (`*name`)',
      },
    ]);
  });
});
