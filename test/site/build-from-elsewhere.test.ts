// `sop build` run from a folder outside this package and without node_modules (a global install, `npx` in a bare
// checkout of a handbook): Astro's page bundle must still find Astro's own packages, and the site land where asked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/cli-run.ts';
import { playbookFiles, sopText } from '../helpers/playbook.ts';
import { repoRoot } from './harness.ts';

const nodeBinary = path.join(repoRoot, 'node_modules/.bin/node');
const root = mkdtempSync(path.join(tmpdir(), 'sop-elsewhere-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sop build started outside the package', () => {
  it(
    'builds a playbook from its own folder, with relative --root, --out and SOP_CACHE_DIR, leaving nothing behind',
    { timeout: 300_000 },
    () => {
      writeFiles(path.join(root, 'handbook'), playbookFiles({ 'content/sops/refunds.mdx': sopText() }));
      const run = spawnSync(nodeBinary, [path.join(repoRoot, 'bin/sop.js'), 'build', '--root', 'handbook', '--out', 'site'], {
        cwd: root,
        env: { ...process.env, SOP_TODAY: '2026-11-23', SOP_DIAGRAMS: 'client', NO_COLOR: '1', SOP_CACHE_DIR: 'cache' },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('unexpected failure');
      expect(run.stderr).toContain('sop: built site in');
      const page = readFileSync(path.join(root, 'site/sops/refunds/index.html'), 'utf8');
      expect(page).toContain('data-pagefind-body');
      expect(existsSync(path.join(root, 'site/pagefind/pagefind-entry.json'))).toBe(true);
      // Nothing of the build's own beside the site or in the folder it ran from.
      expect(readdirSync(root).sort()).toEqual(['cache', 'handbook', 'site']);
      expect(existsSync(path.join(root, 'site/.prerender'))).toBe(false);
      // The relative cache folder is the one beside the playbook, not one in this package.
      expect(existsSync(path.join(root, 'cache/astro'))).toBe(true);
      expect(existsSync(path.join(repoRoot, 'cache'))).toBe(false);
    },
  );
});
