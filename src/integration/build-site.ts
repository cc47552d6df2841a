// Adapter: runs Astro's build in this process with the playbook `sop build` has already loaded and
// linted. Everything the site needs is passed as arguments to the one site configuration (no globals,
// no environment variables set, no change of working folder).
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { Playbook } from '../core/model.ts';
import { buildIntoFolder } from '../node/build-output.ts';
import { isInside, refuseOutputOver } from '../node/output-path.ts';
import { siteConfig } from './astro-config.ts';
import { closeSearchIndex } from './pagefind.ts';
import { publishPublicFolder } from '../node/playbook-assets.ts';
import { forgetBuildMemos } from '../site/build-memo-files.ts';
import { projectReadsCollections } from '../node/collections-read.ts';

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
  /** Publish under a sub-path such as `/playbook/` (`SOP_BASE`). */
  base?: string | undefined;
  /** The site's own address (`SOP_SITE`). */
  site?: string | undefined;
  logLevel?: 'debug' | 'info' | 'warn';
  /** A preview that publishes drafts, with the lint findings their worklist shows. */
  drafts?: { diagnostics: readonly Diagnostic[] } | undefined;
  /** `SOP_CACHE_DIR`: Astro's cache (content store, pages of the last build) goes in a folder of it, for CI to keep. */
  cacheRoot?: string | undefined;
  /** `--no-cache`: every page rendered afresh, the last build's ignored (its cache is still written for the next). */
  fresh?: boolean | undefined;
  /** The folder the command was started in, which the output must not hold; default the working folder. */
  startedIn?: string | undefined;
  /** `SOP_SEARCH_SHARD_PAGES`: searchable pages past which the search index is written in parts of about that many. */
  searchShardPages?: number | undefined;
}

/**
 * Astro's cache folder: its content store and, for the incremental build, the pages of the last build. One per output
 * folder, so two builds at once never share one.
 */
function astroCacheDir(options: BuildSiteOptions, finalOutDir: string): string | undefined {
  if (options.cacheRoot) {
    const folder = createHash('sha256').update(finalOutDir).digest('hex').slice(0, 12);
    return path.join(options.cacheRoot, 'astro', `${path.basename(finalOutDir)}-${folder}`);
  }
  // Astro's own `node_modules/.astro/` for the usual dist/; beside any other output (tests, previews of an import).
  return finalOutDir === path.join(options.contentRoot, 'dist') ? undefined : `${finalOutDir}.astro-cache`;
}

/**
 * Whether a build from the current working folder can use a work folder inside this package: Astro writes the bundle
 * it renders pages from beside the output only when the output is inside the working folder (see buildInto).
 */
export const workingFolderHoldsPackage = () => isInside(siteProjectRoot, process.cwd());

export async function buildSite(options: BuildSiteOptions): Promise<void> {
  // Astro lets these variables of the environment override its own `import.meta.env` values: a stray
  // `BASE_URL=/` (Vitest sets one, so may a CI job) would silently publish the site without its base path.
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- `delete` is how Node unsets a variable of the environment
  for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
  const { build } = await import('astro');
  const finalOutDir = path.resolve(options.outDir);
  refuseOutputOver(finalOutDir, [options.contentRoot, options.startedIn ?? process.cwd()]);
  // One build at a time per output folder, into a fresh sibling swapped in whole (src/node/build-output.ts).
  await buildIntoFolder(finalOutDir, (outDir) => buildInto(build, options, outDir, finalOutDir));
}

async function buildInto(
  build: typeof import('astro').build,
  options: BuildSiteOptions,
  outDir: string,
  finalOutDir: string,
): Promise<void> {
  // Astro renders pages from a bundle it writes beside the output when the output is inside the working
  // folder, else to one shared `<cwd>/.astro/` that two builds at once would overwrite. So the site is
  // built into a folder of its own inside this package (whose node_modules the bundle then resolves) and
  // moved into place when done; a failed build leaves the previous site untouched. `sop build` started
  // elsewhere moves the working folder here first (src/cli/commands/build.ts); beside the output, the
  // bundle's imports of Astro's own packages resolve only where a project installed them.
  const privateFolder = workingFolderHoldsPackage();
  const buildsFolder = path.join(siteProjectRoot, '.astro', 'builds');
  const workFolder = privateFolder
    ? await mkdir(buildsFolder, { recursive: true }).then(() => mkdtemp(path.join(buildsFolder, 'build-')))
    : undefined;
  const buildDir = workFolder ? path.join(workFolder, 'dist') : outDir;
  const cacheDir = astroCacheDir(options, finalOutDir);
  // `--no-cache` renders every page afresh (Astro's `force`) and trusts no build memo either; a memo it cannot delete stops
  // the build here, before Astro starts, with exit 2 and the file's name. Astro's own cache folder is its default one.
  if (options.fresh) forgetBuildMemos(cacheDir ?? path.join(siteProjectRoot, 'node_modules', '.astro'));
  // Astro's build starts with a sync of the content collections: a Vite server of its own that loads the content
  // configuration, fills the collections and writes their types, about 0.8 s of every build (a seventh of a rebuild
  // at 1,000 SOPs). The collections stay empty unless a module of the site reads them (src/node/collections-read.ts),
  // so without such a module the sync is skipped. `sync` is an option of Astro's builder that its public type leaves
  // out; an Astro without it syncs as before.
  const sync = projectReadsCollections(path.join(siteProjectRoot, 'src'));
  const buildWith = build as (config: Parameters<typeof build>[0], options: { sync: boolean }) => Promise<void>;
  try {
    await buildWith(
      {
        ...siteConfig({
          base: options.base,
          site: options.site,
          contentRoot: options.contentRoot,
          today: options.today,
          playbook: options.playbook,
          drafts: options.drafts !== undefined,
          diagnostics: options.drafts?.diagnostics,
          fresh: options.fresh,
          cacheRoot: options.cacheRoot,
          searchShardPages: options.searchShardPages,
        }),
        configFile: false,
        root: siteProjectRoot,
        outDir: buildDir,
        ...(cacheDir ? { cacheDir } : {}),
        force: options.fresh === true,
        logLevel: options.logLevel ?? 'warn',
      },
      { sync },
    ).catch(async (error: unknown) => {
      // Pagefind indexes while pages render (src/integration/pagefind.ts): its process must not outlive a failed build.
      await closeSearchIndex();
      throw error;
    });
    await copyPlaybookPublic(options.contentRoot, buildDir);
    if (workFolder) {
      await rm(path.join(buildDir, '.prerender'), { recursive: true, force: true });
      await rm(outDir, { recursive: true, force: true });
      await mkdir(path.dirname(outDir), { recursive: true });
      await rename(buildDir, outDir).catch(async (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await cp(buildDir, outDir, { recursive: true });
      });
    }
  } finally {
    if (workFolder) await rm(workFolder, { recursive: true, force: true });
  }
}

/**
 * A playbook kept outside this project (`--root`) has its own `public/` (imported images in `public/assets/`);
 * Astro only serves the project's, so the playbook's files are added beside it, never over the site's own.
 */
async function copyPlaybookPublic(contentRoot: string, outDir: string): Promise<void> {
  const publicFolder = path.join(path.resolve(contentRoot), 'public');
  if (publicFolder === path.join(path.resolve(siteProjectRoot), 'public')) return;
  const exists = await stat(publicFolder).then(
    (entry) => entry.isDirectory(),
    () => false,
  );
  if (exists) await publishPublicFolder(publicFolder, outDir);
}
