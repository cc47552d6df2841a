// The hostile inputs of issue 17, checked in as regression fixtures: each loads, lints and reports without
// throwing, with findings inside the file, and keeps the findings that name what is wrong with it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectWellPlaced, lintBytes, type Slot } from './lint-bytes.ts';

const corpusFolder = path.join(import.meta.dirname, 'corpus');
const expected = JSON.parse(readFileSync(path.join(corpusFolder, 'expected.json'), 'utf8')) as Record<string, string[]>;
const files = readdirSync(corpusFolder)
  .filter((name) => name !== 'expected.json')
  .sort();

function slotOf(name: string): { slot: Slot; id: string } {
  const match = /^(.+)\.(sop\.mdx|sop\.md|macro\.md|playbook\.yaml|team\.yaml)$/.exec(name);
  if (!match) throw new Error(`corpus file \`${name}\` must end in .sop.mdx, .sop.md, .macro.md, .playbook.yaml or .team.yaml`);
  return { id: match[1]!, slot: match[2] as Slot };
}

describe('the corpus of hostile inputs', () => {
  it('lists what each file must be reported for', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s', (name) => {
    const { id, slot } = slotOf(name);
    const run = lintBytes([{ slot, name: id, bytes: readFileSync(path.join(corpusFolder, name)) }]);
    expectWellPlaced(run);
    const ruleIds = new Set([...run.result.diagnostics, ...run.configProblems].map((diagnostic) => diagnostic.ruleId));
    for (const ruleId of expected[name] ?? []) expect([...ruleIds], `${name} should be reported by ${ruleId}`).toContain(ruleId);
  });
});
