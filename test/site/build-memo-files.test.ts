// `sop build --no-cache` forgets the build memos kept in Astro's cache folder: all of them, nothing else, and a memo it
// cannot delete stops the build by name rather than being trusted after all.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMemoFile, forgetBuildMemos, jsonMemo } from '../../src/site/build-memo-files.ts';

describe('forgetting the build memos', () => {
  it('deletes every memo and leaves Astro’s own files and other builds’ temporary files', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sop-memos-'));
    const memos = ['ai-views', 'reply-previews', 'section-headings'].map((name) => buildMemoFile(folder, name));
    const others = ['data-store.json', 'incremental-build.json', 'sop-playbook-ai-views.json.4242.tmp'].map((name) =>
      path.join(folder, name),
    );
    for (const file of [...memos, ...others]) writeFileSync(file, '{}');
    forgetBuildMemos(folder);
    expect(memos.filter((file) => existsSync(file))).toEqual([]);
    expect(others.filter((file) => existsSync(file))).toEqual(others);
  });

  it('does nothing for a cache folder that does not exist yet (a first build)', () => {
    expect(() => forgetBuildMemos(path.join(tmpdir(), 'sop-memos-none', 'astro'))).not.toThrow();
  });

  it('names a memo it cannot delete', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sop-memos-'));
    // A folder where a memo would be: deleting it as a file fails.
    mkdirSync(buildMemoFile(folder, 'ai-views'));
    expect(() => forgetBuildMemos(folder)).toThrow(
      /could not delete the build memo `.*sop-playbook-ai-views\.json`.*delete it and build again/,
    );
  });
});

describe('a build memo', () => {
  it('gives back what an earlier build kept under the same code, and derives again under other code', () => {
    const file = buildMemoFile(mkdtempSync(path.join(tmpdir(), 'sop-memos-')), 'diagram-sources');
    let made = 0;
    const make = (value: string) => () => {
      made++;
      return [value];
    };
    const first = jsonMemo<string[]>(file, 'code 1');
    expect(first.get('a', make('A'))).toEqual(['A']);
    expect(first.get('b', make('B'))).toEqual(['B']);
    first.save();
    expect(made).toBe(2);
    const second = jsonMemo<string[]>(file, 'code 1');
    expect(second.get('a', make('changed'))).toEqual(['A']);
    expect(made).toBe(2);
    // Only what this build asked for is kept: `b` went unused, and leaves.
    second.save();
    expect(jsonMemo<string[]>(file, 'code 1').get('b', make('B again'))).toEqual(['B again']);
    expect(jsonMemo<string[]>(file, 'code 2').get('a', make('A again'))).toEqual(['A again']);
    expect(made).toBe(4);
  });

  it('remembers nothing without a file', () => {
    const memo = jsonMemo<number>(undefined, 'code');
    expect(memo.get('a', () => 1)).toBe(1);
    memo.save();
    expect(jsonMemo<number>(undefined, 'code').get('a', () => 2)).toBe(2);
  });
});
