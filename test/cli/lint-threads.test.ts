// Lint threads (`--jobs`) must change nothing but the time: the same report, byte for byte, in every format.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatters } from '../../src/core/lint/report/index.ts';
import { lintCacheFile } from '../../src/node/lint-cache.ts';
import { lintThreads } from '../../src/node/lint-threads.ts';
import { runSop, tempFolder } from '../helpers/cli-run.ts';

const sample = fileURLToPath(new URL('../../content', import.meta.url));
const caches: string[] = [];
afterEach(() => {
  for (const file of caches.splice(0)) rmSync(path.dirname(file), { recursive: true, force: true });
});

/** The sample playbook with each SOP and macro copied `copies` times, every other copy gaining a broken link and a long section. */
function grownPlaybook(copies: number): string {
  const root = tempFolder('sop-lint-threads-');
  cpSync(sample, path.join(root, 'content'), { recursive: true });
  caches.push(lintCacheFile(root));
  for (const folder of ['sops', 'macros']) {
    const dir = path.join(root, 'content', folder);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      for (let copy = 1; copy < copies; copy++) {
        const extra = copy % 2 === 0 ? `\n\nSee [gone](/sops/no-such-sop-${copy}/).\n\n${'Words to read. '.repeat(200)}\n` : '';
        writeFileSync(path.join(dir, name.replace(/(\.mdx?)$/, `-copy-${copy}$1`)), `${text}${extra}`);
      }
    }
  }
  return root;
}

const lint = async (root: string, flags: string[]) => {
  const run = await runSop(root, ['lint', ...flags]);
  return { code: run.code, stdout: run.stdout };
};

describe('sop lint --jobs', () => {
  it('prints what one thread prints, in every format, on the sample playbook and a grown one', async () => {
    for (const root of [path.dirname(sample), grownPlaybook(6)]) {
      for (const format of Object.keys(formatters)) {
        const single = await lint(root, ['--no-cache', '--format', format, '--jobs', '1']);
        expect(single.stdout.length).toBeGreaterThan(0);
        expect(await lint(root, ['--no-cache', '--format', format, '--jobs', '3']), `${format} in ${root}`).toEqual(single);
      }
    }
  }, 120_000);

  it('fills the lint cache as one thread does: a warm run after a threaded one prints the same', async () => {
    const root = grownPlaybook(3);
    const expected = await lint(root, ['--no-cache', '--format', 'json', '--jobs', '1']);
    expect(expected.stdout.includes('broken-link')).toBe(true);
    expect(await lint(root, ['--format', 'json', '--jobs', '2'])).toEqual(expected);
    expect(readFileSync(lintCacheFile(root), 'utf8')).toContain('"entries"');
    expect(await lint(root, ['--format', 'json', '--jobs', '1'])).toEqual(expected);
  }, 120_000);

  it('exits 2 on a --jobs that is not a whole number of 1 or more', async () => {
    const run = await runSop(path.dirname(sample), ['lint', '--jobs', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs must be a whole number of 1 or more; got `0`');
  });
});

describe('how many threads lint', () => {
  it('uses one thread unless --jobs asks for more, never more than documents', () => {
    // 1,000 SOPs and 1,500 macros, 10,000 and 15,000: a worker's start-up costs more than it saves.
    expect(lintThreads(2_500, undefined)).toBe(1);
    expect(lintThreads(25_000, undefined)).toBe(1);
    expect(lintThreads(50, 3)).toBe(3);
    expect(lintThreads(2, 3)).toBe(2);
    expect(lintThreads(0, 2)).toBe(1);
  });
});
