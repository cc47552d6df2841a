import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagramCacheFile, validateDiagrams } from '../../src/node/mermaid-validator.ts';

const mermaidVersion = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;
const hashOf = (source: string) => createHash('sha256').update(source).digest('hex');
const folder = mkdtempSync(path.join(tmpdir(), 'sop-mermaid-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('validateDiagrams', () => {
  it('answers nothing for sources it was not given, without starting Mermaid', async () => {
    const validate = await validateDiagrams([]);
    expect(validate('flowchart TD\n  A --> B')).toBeUndefined();
  });

  it('takes verdicts from the cache file of the same Mermaid version instead of running Mermaid', async () => {
    const source = 'flowchart TD\n  Cached --> Verdict';
    const cacheFile = path.join(folder, 'same-version.json');
    const verdict = { valid: false, message: 'as cached', line: 1 };
    writeFileSync(cacheFile, JSON.stringify({ mermaid: mermaidVersion, verdicts: { [hashOf(source)]: verdict } }));
    const validate = await validateDiagrams([source], { cacheFile });
    expect(validate(source)).toEqual(verdict);
  });

  it('ignores a cache from another Mermaid version and rewrites it with this run only', async () => {
    const valid = 'flowchart LR\n  Fresh --> Check';
    const broken = 'flowchart LR\n  Fresh -->';
    const cacheFile = path.join(folder, 'nested', 'other-version.json');
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(
      cacheFile,
      JSON.stringify({ mermaid: '0.0.1', verdicts: { [hashOf(valid)]: { valid: false, message: 'stale' }, stale: { valid: true } } }),
    );
    const validate = await validateDiagrams([valid, broken, valid], { cacheFile });
    expect(validate(valid)).toEqual({ valid: true });
    expect(validate(broken)).toMatchObject({ valid: false, line: 3, message: expect.stringMatching(/^Parse error on line 3:/) });
    const written = JSON.parse(readFileSync(cacheFile, 'utf8')) as { mermaid: string; verdicts: Record<string, unknown> };
    expect(written.mermaid).toBe(mermaidVersion);
    expect(Object.keys(written.verdicts).sort()).toEqual([hashOf(valid), hashOf(broken)].sort());
  }, 60_000);

  it('keeps the cache in node_modules/.cache, else in a folder of the temp folder for each playbook', () => {
    const elsewhere = diagramCacheFile(folder);
    expect(elsewhere.startsWith(path.join(tmpdir(), 'sop-playbook-cache'))).toBe(true);
    expect(diagramCacheFile(path.join(folder, 'other'))).not.toBe(elsewhere);
    mkdirSync(path.join(folder, 'node_modules'));
    expect(diagramCacheFile(folder)).toBe(path.join(folder, 'node_modules', '.cache', 'sop-playbook', 'mermaid-verdicts.json'));
  });
});
