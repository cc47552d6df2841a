// `sop build` (what `npm run build` runs): lint first and stop on errors, then build the site and its search index.
import path from 'node:path';
import { draftFiles } from '../../core/lint/draft-severity.ts';
import { formatStylish } from '../../core/lint/report/stylish.ts';
import { plural } from '../../core/plural.ts';
import { addGitBaseOption, addPlaybookOptions, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { formatPlainDate } from '../context.ts';
import { exitCodes, noteCreatedFolders, UsageError, type CliIO } from '../io.ts';
import { BuildBusyError } from '../../node/build-output.ts';
import { prepareOutputFolder, refuseOutputOver, refuseOutputOverFile } from '../../node/output-path.ts';
import { runLint } from './lint.ts';
import { siteAddressProblem } from '../../integration/site-address.ts';

interface BuildOptions extends PlaybookOptions {
  base?: string;
  out?: string;
  drafts?: boolean;
  /** `--no-cache` sets false. */
  cache?: boolean;
}

export const registerBuild: RegisterCommand = (program, run, io) => {
  addGitBaseOption(
    addPlaybookOptions(program.command('build').description('lint, then build the static playbook into dist/ with its search index')),
  )
    .option('--out <dir>', 'where to write the site (default: dist/ in the playbook root)')
    .option('--drafts', 'a preview for review: publish drafts too, each with a Draft banner, and list what they still need at /drafts/')
    .option(
      '--no-cache',
      'lint without the lint cache, render every page and work out the build memos afresh (both kept for the next build; ' +
        'drawn diagrams are still reused)',
    )
    .action((options: BuildOptions) => run(() => buildCommand(io, options)));
};

async function buildCommand(io: CliIO, options: BuildOptions): Promise<number> {
  const started = performance.now();
  // Before the lint, which can take a while: an output folder that would replace the playbook is a mistake in the command.
  if (options.out) refuseOutputOver(path.resolve(io.cwd, options.out), [path.resolve(io.cwd, options.root ?? '.'), io.cwd]);
  refuseOutputOverFile(path.resolve(io.cwd, options.out ?? path.join(options.root ?? '.', 'dist')));
  const addressProblem = siteAddressProblem(io.env.SOP_BASE, io.env.SOP_SITE);
  if (addressProblem) throw new UsageError(addressProblem);
  const searchShardPages = parseSearchShardPages(io.env.SOP_SEARCH_SHARD_PAGES);
  // Lint on this thread: the pages need every body parsed here anyway, and lint threads would parse each file a second time.
  const { loaded, result } = await runLint(io, { ...options, jobs: '1' }, options.drafts === true);
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (result.diagnostics.length > 0) io.stderr(formatStylish(result, { colour: io.colour }));
  if (errors > 0) {
    io.stderr(`sop: build stopped: fix the ${plural(errors, 'lint error')} above first\n`);
    return exitCodes.lintErrors;
  }
  const outDir = path.resolve(io.cwd, options.out ?? path.join(loaded.layout.root, 'dist'));
  noteCreatedFolders(io, await prepareOutputFolder(path.dirname(outDir)));
  const { buildSite, siteProjectRoot, workingFolderHoldsPackage } = await import('../../integration/build-site.ts');
  // Astro writes the bundle it renders pages from beside the output only when the output is inside the working folder,
  // and that bundle imports Astro's own packages, found only inside this package (or a project that installed it). A
  // build started elsewhere (`sop` installed globally, a handbook folder without node_modules) therefore runs with the
  // working folder in this package; every path the build is given is already absolute.
  const startedIn = process.cwd();
  const moveIn = !workingFolderHoldsPackage();
  try {
    if (moveIn) process.chdir(siteProjectRoot);
    await buildSite({
      contentRoot: loaded.layout.root,
      outDir,
      today: formatPlainDate(loaded.today),
      playbook: loaded.playbook,
      base: io.env.SOP_BASE,
      site: io.env.SOP_SITE,
      logLevel: io.env.SOP_LOG_LEVEL === 'debug' ? 'debug' : io.env.SOP_LOG_LEVEL === 'info' ? 'info' : 'warn',
      drafts: options.drafts ? { diagnostics: result.diagnostics } : undefined,
      cacheRoot: io.env.SOP_CACHE_DIR ? path.resolve(io.cwd, io.env.SOP_CACHE_DIR) : undefined,
      fresh: options.cache === false,
      startedIn: io.cwd,
      searchShardPages,
    });
  } catch (error) {
    if (error instanceof BuildBusyError) throw new UsageError(error.message);
    throw error;
  } finally {
    if (moveIn) process.chdir(startedIn);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const preview = options.drafts ? `, a preview with ${plural(draftFiles(loaded.playbook).size, 'draft')}` : '';
  io.stderr(`sop: built ${path.relative(io.cwd, outDir) || '.'} in ${seconds}s (${result.files.length} files linted${preview})\n`);
  return exitCodes.clean;
}

/** `SOP_SEARCH_SHARD_PAGES`: searchable pages past which the search index is written in parts (src/core/search/shards.ts). */
function parseSearchShardPages(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value.trim()))
    throw new UsageError(`SOP_SEARCH_SHARD_PAGES must be a whole number of pages, such as 5000; got \`${value}\``);
  return Number(value.trim());
}
