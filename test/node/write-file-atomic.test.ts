import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomic } from '../../src/node/write-file-atomic.ts';

async function scratch(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'sop-write-'));
}

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const dir = await scratch();
    await writeFileAtomic(path.join(dir, 'sub', 'a.mdx'), 'hello\n', { overwrite: false });
    expect(await readFile(path.join(dir, 'sub', 'a.mdx'), 'utf8')).toBe('hello\n');
    expect(await readdir(path.join(dir, 'sub'))).toEqual(['a.mdx']);
  });

  it('refuses to replace an existing file without overwrite and leaves it untouched', async () => {
    const dir = await scratch();
    const target = path.join(dir, 'a.mdx');
    await writeFile(target, 'original');
    await expect(writeFileAtomic(target, 'new', { overwrite: false })).rejects.toBeInstanceOf(FileExistsError);
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['a.mdx']);
  });

  it('replaces an existing file when overwrite is set', async () => {
    const dir = await scratch();
    const target = path.join(dir, 'a.mdx');
    await writeFile(target, 'original');
    await writeFileAtomic(target, 'new', { overwrite: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.mdx']);
  });

  it('lets only one of two concurrent writers create the file', async () => {
    const dir = await scratch();
    const target = path.join(dir, 'a.mdx');
    const results = await Promise.allSettled([
      writeFileAtomic(target, 'one', { overwrite: false }),
      writeFileAtomic(target, 'two', { overwrite: false }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(['one', 'two']).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['a.mdx']);
  });
});
