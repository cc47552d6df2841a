import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, isTempFileName, removeStaleTempFiles, writeFileAtomic } from '../../src/node/write-file-atomic.ts';

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

describe('temp files a killed write left behind (issue 17, item 6)', () => {
  it('removes the temp files of a process that is gone on the next write into the folder', async () => {
    const dir = await scratch();
    // Process id 2^22 + 1 is above Linux's largest, so no process has it.
    const stale = [`.refunds.md.4194305.0123abcd.tmp`, `.other.md.4194305.deadbeef.tmp`];
    for (const name of stale) await writeFile(path.join(dir, name), '');
    await writeFile(path.join(dir, '.keep.md.4194305.tmp'), 'not ours');
    await writeFileAtomic(path.join(dir, 'a.md'), 'hello\n', { overwrite: false });
    expect((await readdir(dir)).sort()).toEqual(['.keep.md.4194305.tmp', 'a.md']);
  });

  it('keeps a fresh temp file of a live process, which may still be writing', async () => {
    const dir = await scratch();
    const live = `.refunds.md.${process.ppid}.0123abcd.tmp`;
    await writeFile(path.join(dir, live), '');
    await writeFileAtomic(path.join(dir, 'a.md'), 'hello\n', { overwrite: false });
    expect((await readdir(dir)).sort()).toEqual([live, 'a.md']);
  });

  it("removes a live process id's temp file once it is older than any write takes", async () => {
    const dir = await scratch();
    const old = `.refunds.md.${process.ppid}.0123abcd.tmp`;
    await writeFile(path.join(dir, old), '');
    const removed = await removeStaleTempFiles(dir, Date.now() + 11 * 60 * 1000);
    expect(removed).toEqual([old]);
  });

  it('names its temp files so that readers can tell them apart', () => {
    expect(isTempFileName('.refunds.md.123.0123abcd.tmp')).toBe(true);
    expect(isTempFileName('refunds.md')).toBe(false);
  });
});
