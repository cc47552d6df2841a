// Item 2 of issue 17: a report lists at most 100 findings per rule and file (linear time: test/fuzz/linear-time.test.ts).
import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../src/core/dates.ts';
import { lintPlaybook } from '../../src/core/lint/engine.ts';
import { loadTestPlaybook, playbookFiles, sopText } from '../helpers/playbook.ts';

const today = parsePlainDate('2026-11-23')!;
const baseFrontmatter = `title: Refunds
summary: How to grant refunds
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refund requests`;

function unknownKeys(count: number): string {
  let text = baseFrontmatter;
  for (let index = 0; index < count; index++) text += `\nunknown${index}: v`;
  return sopText({ frontmatter: text });
}

function unknownTags(count: number): string {
  let text = `${baseFrontmatter}\ntags:`;
  for (let index = 0; index < count; index++) text += `\n  - tag-${index}`;
  return sopText({ frontmatter: text });
}

function lintText(text: string) {
  return lintPlaybook(loadTestPlaybook(playbookFiles({ 'content/sops/refunds.mdx': text })), { today });
}

describe('a file with thousands of findings', () => {
  it('lists the first 100 findings of a rule and then one finding that counts the rest', () => {
    const { diagnostics } = lintText(unknownKeys(250));
    const schema = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'frontmatter-schema');
    expect(schema).toHaveLength(101);
    expect(schema[99]).toMatchObject({ line: 110, column: 1, message: 'unknown field `unknown99`' });
    expect(schema[100]).toMatchObject({
      line: 111,
      column: 1,
      severity: 'error',
      message: 'and 150 more `frontmatter-schema` findings in this file; fix the ones above and lint again to see the rest',
    });
  });

  it('lists 100 unknown tags and counts the rest', () => {
    const { diagnostics } = lintText(unknownTags(150));
    const unknown = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'unknown-reference');
    expect(unknown).toHaveLength(101);
    expect(unknown[100]!.message).toBe(
      'and 50 more `unknown-reference` findings in this file; fix the ones above and lint again to see the rest',
    );
  });
});
