// Adapter: runs Astro's build in this process with the playbook `sop build` has already loaded and linted.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Playbook } from '../core/model.ts';
import { preloadedPlaybookKey } from '../site/site-data.ts';

/** The Astro project (pages, layouts, astro.config.mjs) is this package; the content may live elsewhere. */
export const siteProjectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildSiteOptions {
  /** The playbook root that holds `content/`. */
  contentRoot: string;
  /** Where the site goes; default `dist/` in the content root. */
  outDir: string;
  /** `YYYY-MM-DD`: the same today that lint used, so banners and lint agree. */
  today: string;
  playbook: Playbook;
}

export async function buildSite(options: BuildSiteOptions): Promise<void> {
  (globalThis as Record<symbol, unknown>)[preloadedPlaybookKey] = { root: options.contentRoot, playbook: options.playbook };
  process.env.SOP_TODAY = options.today;
  process.env.SOP_ROOT = options.contentRoot;
  // Astro lets these variables of the environment override its own `import.meta.env` values: a stray
  // `BASE_URL=/` (Vitest sets one, so may a CI job) would silently publish the site without its base path.
  for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
  const { build } = await import('astro');
  const outDir = path.resolve(options.outDir);
  // Astro renders pages from a bundle it writes to `<cwd>/.astro/.prerender/` (when the output is
  // outside the working directory), which two builds at once would share and overwrite. Each build gets
  // its own working folder inside the project, so the bundle still resolves the project's node_modules.
  const buildsFolder = path.join(siteProjectRoot, '.astro', 'builds');
  await mkdir(buildsFolder, { recursive: true });
  const workFolder = await mkdtemp(path.join(buildsFolder, 'build-'));
  const workingDirectory = process.cwd();
  process.chdir(workFolder);
  try {
    await build({
      root: siteProjectRoot,
      outDir,
      // A build to anywhere but the usual dist/ (tests, previews of an import) keeps Astro's content
      // cache beside its output, so two builds at once never share one data store.
      ...(outDir === path.join(options.contentRoot, 'dist') ? {} : { cacheDir: `${outDir}.astro-cache` }),
      logLevel: process.env.SOP_LOG_LEVEL === 'debug' ? 'debug' : 'warn',
    });
  } finally {
    process.chdir(workingDirectory);
    await rm(workFolder, { recursive: true, force: true });
  }
}
