// Item 3 of issue 17: two `sop build` started 0.5 s apart never publish a mixed dist/; the second says another build is running.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/cli-run.ts';
import { playbookFiles, sopText } from '../helpers/playbook.ts';
import { repoRoot } from './harness.ts';

const nodeBinary = path.join(repoRoot, 'node_modules/.bin/node');
const root = mkdtempSync(path.join(tmpdir(), 'sop-concurrent-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function startBuild(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(nodeBinary, [path.join(repoRoot, 'bin/sop.js'), 'build', '--root', root], {
      cwd: repoRoot,
      env: { ...process.env, SOP_TODAY: '2026-11-23', SOP_DIAGRAMS: 'client', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

describe('two builds of one playbook at once', () => {
  it('publish one whole build: the search index matches the pages, nothing is left beside dist/', { timeout: 300_000 }, async () => {
    const sops = Object.fromEntries(
      ['refunds', 'cancellations', 'outages'].map((id) => [`content/sops/${id}.mdx`, sopText().replace('title: Refunds', `title: ${id}`)]),
    );
    writeFiles(root, playbookFiles(sops));
    const first = startBuild();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = startBuild();
    const results = await Promise.all([first, second]);

    const [winner, loser] = results[0].code === 0 ? results : [results[1], results[0]];
    expect(winner.code, winner.output).toBe(0);
    expect(loser.code, loser.output).toBe(2);
    expect(loser.output).toContain(`sop: another build is running in \`${path.join(root, 'dist')}\` (process `);

    const dist = path.join(root, 'dist');
    const files = filesUnder(dist);
    const indexedPages = files
      .filter((file) => file.endsWith('.html'))
      .filter((file) => readFileSync(path.join(dist, file), 'utf8').includes('data-pagefind-body'));
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexedPages.length).toBeGreaterThanOrEqual(3);
    expect(pageCount).toBe(indexedPages.length);
    expect(files.filter((file) => file.startsWith('pagefind/fragment/'))).toHaveLength(pageCount);
    expect(readdirSync(root).sort()).toEqual(['content', 'dist']);
  });
});
