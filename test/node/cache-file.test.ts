// The caches' files: read only when this user owns them (in the shared temp folder another user could have put one
// first), written whole or not at all.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCacheFile, writeCacheFile } from '../../src/node/cache-file.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a cache file', () => {
  it("is read when this user owns it, and taken for nothing when it is another user's", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sop-cache-file-')), 'lint-report.json');
    expect(readCacheFile(file)).toBeUndefined();
    expect(writeCacheFile(file, '{"kept":true}')).toBe(true);
    expect(readCacheFile(file)).toBe('{"kept":true}');
    // The same file seen by a process of another user id.
    vi.spyOn(process, 'getuid').mockReturnValue(process.getuid!() + 1);
    expect(readCacheFile(file)).toBeUndefined();
  });

  it('is written whole, its folders created, and a write that cannot be made says so', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sop-cache-file-'));
    const file = path.join(folder, 'a', 'b', 'verdicts.json');
    expect(writeCacheFile(file, 'one')).toBe(true);
    expect(writeCacheFile(file, 'two')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(path.dirname(file))).toEqual(['verdicts.json']);
    const blocked = path.join(folder, 'file');
    writeFileSync(blocked, '');
    // A folder where a file is: nothing can be written below it.
    expect(writeCacheFile(path.join(blocked, 'cache.json'), 'three')).toBe(false);
  });
});
