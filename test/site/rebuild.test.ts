// A rebuild that reuses the caches of the build before it (lint cache, drawn diagrams, Astro's cache
// beside the output) must write exactly what a cold build of the same content writes, after an edit
// of one SOP, a team entry, the title of a macro that SOPs list, and the playbook's review policy.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyPlaybook, repoRoot } from './harness.ts';

const run = promisify(execFile);
const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function temp(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

async function build(root: string, out: string, cacheDir: string): Promise<void> {
  try {
    await run(process.execPath, [path.join(repoRoot, 'bin/sop.js'), 'build', '--root', root, '--out', out], {
      cwd: repoRoot,
      env: { ...process.env, SOP_TODAY: '2026-11-23', SOP_CACHE_DIR: cacheDir, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`sop build failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

/** Every file under `folder` by relative path, with its bytes. */
async function tree(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full), await readFile(full));
  }
  return files;
}

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(root, 'content', file);
  const before = await readFile(target, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  await writeFile(target, after);
}

const steps: Array<{ name: string; apply: (root: string) => Promise<void>; shows: { page: string; text: string } }> = [
  {
    name: 'one SOP edited',
    apply: (root) =>
      edit(root, 'sops/refunds-and-credits.mdx', (text) =>
        text.replace('## Steps', '## Steps\n\nRead the whole thread before you answer.\n'),
      ),
    shows: { page: 'sops/refunds-and-credits/index.html', text: 'Read the whole thread before you answer.' },
  },
  {
    name: 'a team entry renamed',
    apply: (root) => edit(root, 'team.yaml', (text) => text.replace('name: Billing operations,', 'name: Billing and invoicing,')),
    shows: { page: 'owners/billing-ops/index.html', text: 'Billing and invoicing' },
  },
  {
    name: 'the title of a macro that SOPs list',
    apply: (root) =>
      edit(root, 'macros/refund-approved.md', (text) => text.replace('title: Refund approved', 'title: Your refund is on its way')),
    shows: { page: 'sops/refunds-and-credits/index.html', text: 'Your refund is on its way' },
  },
  {
    name: 'the review policy',
    apply: (root) => edit(root, 'playbook.yaml', (text) => text.replace('dueSoonDays: 14', 'dueSoonDays: 30')),
    shows: { page: 'reviews/index.html', text: '' },
  },
];

describe('rebuilds with warm caches', () => {
  it('write byte for byte what a cold build of the same content writes, after each kind of edit', async () => {
    const root = await copyPlaybook();
    folders.push(root);
    const out = path.join(await temp('sop-rebuild-'), 'dist');
    const cacheDir = await temp('sop-rebuild-cache-');
    await build(root, out, cacheDir);
    for (const step of steps) {
      await step.apply(root);
      await build(root, out, cacheDir);
      // The cold build: the same content in another folder (so no lint cache), fresh output and caches.
      const coldRoot = await temp('sop-cold-');
      await cp(path.join(root, 'content'), path.join(coldRoot, 'content'), { recursive: true });
      const coldOut = path.join(await temp('sop-cold-out-'), 'dist');
      await build(coldRoot, coldOut, await temp('sop-cold-cache-'));
      const [warm, cold] = await Promise.all([tree(out), tree(coldOut)]);
      expect([...warm.keys()].sort(), step.name).toEqual([...cold.keys()].sort());
      const differing = [...warm].filter(([file, bytes]) => !bytes.equals(cold.get(file)!)).map(([file]) => file);
      expect(differing, step.name).toEqual([]);
      expect(warm.get(step.shows.page)?.toString('utf8'), step.name).toContain(step.shows.text);
    }
  }, 900_000);
});
