// A rebuild that reuses the caches of the build before it (lint cache, drawn diagrams, Astro's cache and
// its incremental build beside the output) must write exactly what a cold build of the same content
// writes, after an edit of one SOP, a section added to another, a team entry, the title of a macro that SOPs
// list, the playbook's review policy, and another today; and it must really reuse pages, or the test proves nothing.
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

/** Builds, and returns how many pages `sop build` says it reused from the build before, of how many it keyed. */
async function build(
  root: string,
  out: string,
  cacheDir: string,
  today = '2026-11-23',
  flags: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<{ reused: number; keyed: number }> {
  try {
    const { stderr } = await run(process.execPath, [path.join(repoRoot, 'bin/sop.js'), 'build', '--root', root, '--out', out, ...flags], {
      cwd: repoRoot,
      env: { ...process.env, SOP_TODAY: today, SOP_CACHE_DIR: cacheDir, NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    const [, reused, keyed] = /sop: pages: (\d+) of (\d+) reused from the last build/.exec(stderr) ?? [];
    expect(keyed, `sop build reports the pages it reused:\n${stderr}`).toBeDefined();
    return { reused: Number(reused), keyed: Number(keyed) };
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

interface Step {
  name: string;
  apply: (root: string) => Promise<void>;
  shows: { page: string; text: string };
  /** SOP_TODAY from this step on. */
  today?: string;
  /** Pages reused: `most` (all but the edited SOP's page), else at least this many. */
  reuses: 'most' | number;
}

const steps: Step[] = [
  {
    name: 'one SOP edited',
    apply: (root) =>
      edit(root, 'sops/refunds-and-credits.mdx', (text) =>
        text.replace('## Steps', '## Steps\n\nRead the whole thread before you answer.\n'),
      ),
    shows: { page: 'sops/refunds-and-credits/index.html', text: 'Read the whole thread before you answer.' },
    reuses: 'most',
  },
  {
    // Which search concepts count as common (hidden text on every SOP page) depends on every SOP's headings.
    name: 'a section added to another SOP',
    apply: (root) => edit(root, 'sops/ticket-intake.mdx', (text) => `${text.trimEnd()}\n\n## Refund requests\n\nSend them to billing.\n`),
    shows: { page: 'sops/ticket-intake/index.html', text: 'Refund requests' },
    reuses: 0,
  },
  {
    name: 'a team entry renamed',
    apply: (root) => edit(root, 'team.yaml', (text) => text.replace('name: Billing operations,', 'name: Billing and invoicing,')),
    shows: { page: 'owners/billing-ops/index.html', text: 'Billing and invoicing' },
    reuses: 0,
  },
  {
    name: 'the title of a macro that SOPs list',
    apply: (root) =>
      edit(root, 'macros/refund-approved.md', (text) => text.replace('title: Refund approved', 'title: Your refund is on its way')),
    shows: { page: 'sops/refunds-and-credits/index.html', text: 'Your refund is on its way' },
    reuses: 0,
  },
  {
    name: 'the review policy',
    apply: (root) => edit(root, 'playbook.yaml', (text) => text.replace('dueSoonDays: 14', 'dueSoonDays: 30')),
    shows: { page: 'reviews/index.html', text: '' },
    reuses: 0,
  },
  {
    name: 'another today (review banners and due dates move)',
    apply: () => Promise.resolve(),
    today: '2027-03-01',
    shows: { page: 'reviews/index.html', text: '' },
    reuses: 0,
  },
];

/** A copy of the sample playbook, its output folder and its own cache folder, for builds that follow one another. */
async function warmFolders(prefix: string): Promise<{ root: string; out: string; cacheDir: string }> {
  const root = await copyPlaybook();
  folders.push(root);
  return { root, out: path.join(await temp(prefix), 'dist'), cacheDir: await temp(`${prefix}cache-`) };
}

describe('rebuilds with warm caches', () => {
  it('write byte for byte what a cold build of the same content writes, after each kind of edit', async () => {
    const { root, out, cacheDir } = await warmFolders('sop-rebuild-');
    const first = await build(root, out, cacheDir);
    expect(first.keyed, 'pages keyed for the incremental build').toBeGreaterThan(0);
    // Nothing changed: every keyed page comes from the cache, so a cache silently turned off fails here.
    expect(await build(root, out, cacheDir)).toEqual({ reused: first.keyed, keyed: first.keyed });
    let today: string | undefined;
    for (const step of steps) {
      await step.apply(root);
      today = step.today ?? today;
      const reuse = await build(root, out, cacheDir, today);
      // The SOP's page; its Markdown and JSON twins are no Astro pages in `sop build` (src/site/loaded-playbook.ts).
      if (step.reuses === 'most') expect(reuse.reused, step.name).toBe(reuse.keyed - 1);
      else expect(reuse.reused, step.name).toBeGreaterThanOrEqual(step.reuses);
      // The cold build: the same content in another folder (so no lint cache), fresh output and caches.
      const coldRoot = await temp('sop-cold-');
      await cp(path.join(root, 'content'), path.join(coldRoot, 'content'), { recursive: true });
      const coldOut = path.join(await temp('sop-cold-out-'), 'dist');
      expect((await build(coldRoot, coldOut, await temp('sop-cold-cache-'), today)).reused, 'the cold build reuses nothing').toBe(0);
      const [warm, cold] = await Promise.all([tree(out), tree(coldOut)]);
      expect([...warm.keys()].sort(), step.name).toEqual([...cold.keys()].sort());
      const differing = [...warm].filter(([file, bytes]) => !bytes.equals(cold.get(file)!)).map(([file]) => file);
      expect(differing, step.name).toEqual([]);
      expect(warm.get(step.shows.page)?.toString('utf8'), step.name).toContain(step.shows.text);
    }
  }, 900_000);
});

describe('pages kept with their diagrams drawn in', () => {
  it('are not reused once the diagrams are left to the browser (SOP_DIAGRAMS=client)', async () => {
    const { root, out, cacheDir } = await warmFolders('sop-rebuild-diagrams-');
    await build(root, out, cacheDir);
    const page = 'sops/refunds-and-credits/index.html';
    // With a Chromium (as in CI) the flowchart is drawn at build time, and Astro keeps the page with it filled in.
    const drawn = (await readFile(path.join(out, page), 'utf8')).includes('<figure class="sop-diagram" data-pagefind-ignore><svg');
    const client = { SOP_DIAGRAMS: 'client' };
    await build(root, out, cacheDir, undefined, [], client);
    const coldOut = path.join(await temp('sop-cold-client-'), 'dist');
    await build(root, coldOut, await temp('sop-cold-client-cache-'), undefined, [], client);
    const [warm, cold] = await Promise.all([tree(out), tree(coldOut)]);
    expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
    expect([...warm].filter(([file, bytes]) => !bytes.equals(cold.get(file)!)).map(([file]) => file)).toEqual([]);
    // The browser draws it: the page holds its source, as the cold build's does.
    if (drawn) expect(warm.get(page)!.toString('utf8')).toContain('data-diagram-source');
    else process.stderr.write('rebuild.test.ts: no Chromium drew the flowchart, so no page was kept with it drawn in\n');
  }, 600_000);
});

describe('a build with --no-cache', () => {
  it('trusts no build memo an earlier build kept, and keeps its own for the next', async () => {
    const { root, out, cacheDir } = await warmFolders('sop-fresh-');
    await build(root, out, cacheDir);
    const twin = 'sops/refunds-and-credits.md';
    const built = await readFile(path.join(out, twin), 'utf8');
    expect(built).toContain('Refunds and service credits');
    // A memo gone wrong (left by other code under the same hash, say): the SOPs' AI views, which the twins are written from.
    const [memo] = (await readdir(cacheDir, { recursive: true })).filter((file) => file.endsWith('sop-playbook-ai-views.json'));
    expect(memo, "the build keeps the SOPs' AI views").toBeDefined();
    const memoFile = path.join(cacheDir, memo!);
    await writeFile(memoFile, (await readFile(memoFile, 'utf8')).replaceAll('Refunds and service credits', 'Kept by mistake'));
    // A build that may reuse what was kept takes the memo's word, so this test can tell whether one was read.
    await build(root, out, cacheDir);
    expect(await readFile(path.join(out, twin), 'utf8')).toContain('Kept by mistake');
    await build(root, out, cacheDir, undefined, ['--no-cache']);
    expect(await readFile(path.join(out, twin), 'utf8')).toBe(built);
    expect(await readFile(memoFile, 'utf8'), 'the memo is written anew for the next build').not.toContain('Kept by mistake');
  }, 600_000);
});
