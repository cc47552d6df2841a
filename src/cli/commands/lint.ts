// `sop lint [paths…]`: lint only, in the format CI or a person wants; exit 1 on errors or too many warnings.
import path from 'node:path';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isInside } from '../../node/output-path.ts';
import { Option } from 'commander';
import { lintPlaybook, type LintResult } from '../../core/lint/engine.ts';
import { formatters } from '../../core/lint/report/index.ts';
import type { DiagramValidator } from '../../core/lint/rule.ts';
import { diagramSources } from '../../core/markdown/mermaid-blocks.ts';
import type { ContentDocument } from '../../core/model.ts';
import {
  baseResolves,
  baseSnapshotDigest,
  gitBaseReader,
  gitBaseReaderOver,
  readBaseSnapshot,
  repositoryPath,
  type BaseSnapshot,
} from '../../node/git.ts';
import { diagramCacheFile, mermaidVersion, validateDiagrams } from '../../node/mermaid-validator.ts';
import { lintWithMemory, type LintMemory, type PerFileEntry } from '../../core/lint/cached-lint.ts';
import { lintCacheFile, openLintCache, runKey } from '../../node/lint-cache.ts';
import { countDocuments, lintThreadPool, lintThreads, type LintThreadPool } from '../../node/lint-threads.ts';
import { watchLint } from './lint-watch.ts';
import { addGitBaseOption, addPlaybookOptions, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import {
  formatPlainDate,
  layoutFor,
  loadForCommand,
  readForCommand,
  resolveToday,
  type CommandSources,
  type LoadedPlaybook,
} from '../context.ts';
import { exitCodes, UsageError, type CliIO } from '../io.ts';
import { assetChecker } from '../../node/playbook-assets.ts';
import {
  answeringAssets,
  keepReport,
  keptReport,
  lintFingerprint,
  lintReportFile,
  type AssetAnswers,
  type ReplayInputs,
} from '../../node/lint-replay.ts';
import { loadConfig } from '../../core/load/load-playbook.ts';
import { playbookConfigSchema, type PlaybookConfig } from '../../../schemas/index.ts';

interface LintOptions extends PlaybookOptions {
  format: string;
  maxWarnings?: string;
  base?: string;
  /** `--no-cache` sets false. */
  cache?: boolean;
  watch?: boolean;
  jobs?: string;
}

type Document = ContentDocument<unknown>;

export const registerLint: RegisterCommand = (program, run, io) => {
  addGitBaseOption(
    addPlaybookOptions(
      program
        .command('lint')
        .description('check SOPs and macros against the playbook rules')
        .argument('[paths...]', 'files or folders to report on (default: the whole playbook)'),
    ),
  )
    .addOption(new Option('--format <format>', 'report format').choices(Object.keys(formatters)).default('stylish'))
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('--no-cache', 'ignore and keep no lint cache (node_modules/.cache/sop-playbook/lint-cache.json)')
    .option('--watch', 'lint again each time a file under content/ changes, until interrupted')
    .option('--jobs <n>', 'threads that lint files (default: 1, this thread only; more rarely pay for their start-up)')
    .action((paths: string[], options: LintOptions) =>
      run(() => (options.watch ? watchLint(io, paths, options) : lintCommand(io, paths, options))),
    );
};

/** `--jobs`, checked: a whole number of 1 or more, or undefined for the default. */
function jobsOption(value: string | undefined): number | undefined {
  const jobs = value === undefined ? undefined : Number(value);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    throw new UsageError(`--jobs must be a whole number of 1 or more; got \`${value}\``);
  }
  return jobs;
}

/** What was read before the lint: the playbook's files, today, and the base (undefined outside git). */
interface ReadAhead {
  sources: CommandSources;
  today: string | undefined;
  base: BaseSnapshot | undefined;
}

/**
 * `publishDrafts`: lint as for a preview that publishes drafts (`sop build --drafts`). `keepable`: the result may be kept
 * (the lint cache was used, and Mermaid ran wherever a diagram needed it); `assets`, each asset answer it rests on.
 */
export async function runLint(
  io: CliIO,
  options: PlaybookOptions & { base?: string; cache?: boolean; jobs?: string },
  publishDrafts = false,
  readAhead?: ReadAhead,
): Promise<{ loaded: LoadedPlaybook; result: LintResult; keepable: boolean; assets: AssetAnswers }> {
  const jobs = jobsOption(options.jobs);
  // Without a lint cache every file will be linted: workers asked for start now and load the rules while this
  // thread reads and loads the playbook. With one, how many files changed is known only once they are read.
  const threads = lintThreadPool();
  const layout = layoutFor(io, options.root);
  const cacheFile = lintCacheFile(layout.root);
  if (jobs !== undefined && (options.cache === false || !existsSync(cacheFile))) threads.grow(lintThreads(countDocuments(layout), jobs));
  // Opened before loading, so that the frontmatter of unchanged files is taken from it instead of read
  // again; its findings apply only under this run's settings, known once playbook.yaml is loaded.
  const cache = options.cache === false ? undefined : openLintCache(cacheFile, '');
  try {
    // Today as the read-ahead resolved it: the clock is read once per lint, so a lint at midnight is one day's.
    const loaded = await loadForCommand(
      io,
      { ...options, today: readAhead?.today ?? options.today },
      cache?.frontmatter,
      readAhead?.sources,
    );
    return await lintLoaded(io, loaded, { ...options, jobs, threads, cache, readAhead }, publishDrafts);
  } finally {
    threads.close();
  }
}

async function lintLoaded(
  io: CliIO,
  loaded: LoadedPlaybook,
  options: {
    base?: string;
    cache: ReturnType<typeof openLintCache> | undefined;
    jobs: number | undefined;
    threads: LintThreadPool;
    readAhead: ReadAhead | undefined;
  },
  publishDrafts: boolean,
) {
  const root = loaded.layout.root;
  const base = options.base ?? 'HEAD';
  // A mistyped --base would silently turn `version-not-bumped` off; only the default HEAD of a
  // repository without commits yet may not resolve.
  if (base !== 'HEAD' && baseResolves(root, base) === false) {
    throw new UsageError(
      `--base \`${base}\` is not a commit in this repository; pass a branch, tag or commit, such as \`origin/main\` (in CI, ` +
        `fetch it first)`,
    );
  }
  const playbook = loaded.playbook;
  const checkDiagrams = playbook.config.data.rules['invalid-diagram'] !== 'off';
  const cache = options.cache;
  cache?.withRun(
    runKey(playbook, { today: formatPlainDate(loaded.today), diagrams: checkDiagrams ? mermaidVersion : 'none', publishDrafts }),
  );
  // Only documents the cache cannot answer for are parsed; Mermaid loads in its own thread (most of a
  // second) meanwhile, so on two cores the diagrams cost little more than their parse.
  const pending: Document[] = [...playbook.sops, ...playbook.macros].filter((document) => !cache?.findings(document));
  const sources = checkDiagrams ? diagramSources({ sops: pending, macros: [] }) : [];
  const diagrams = checkDiagrams ? diagramValidator(io, sources, root) : Promise.resolve(undefined);
  const threads = lintThreads(pending.length, options.jobs);
  if (threads > 1) options.threads.grow(threads);
  const computed =
    threads > 1
      ? await options.threads.lint(playbook, pending, {
          today: loaded.today,
          publishDrafts,
          verdicts: diagrams.then((validate) => validate && new Map(sources.map((source) => [source, validate(source)!]))),
        })
      : undefined;
  // Reading `tree` parses the body now (the getter is lazy).
  // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- the read is the point, its value is not
  if (!computed) for (const document of pending) if (document.kind === 'sop') void document.tree;
  const assets = answeringAssets(assetChecker(root));
  const lintOptions = {
    today: loaded.today,
    git: options.readAhead ? options.readAhead.base && gitBaseReaderOver(root, options.readAhead.base) : gitBaseReader(root, base),
    assetExists: assets.check,
    validateDiagram: await diagrams,
    publishDrafts,
  };
  // When Mermaid could not run, `invalid-diagram` said nothing: such a run is not kept.
  const keep = cache && !(checkDiagrams && !lintOptions.validateDiagram) ? cache : undefined;
  if (!computed && !keep) return { loaded, result: lintPlaybook(playbook, lintOptions), keepable: false, assets: assets.answers() };
  const result = lintWithMemory(playbook, lintOptions, computed ? withEntries(computed, keep) : keep!);
  if (keep) {
    for (const [document, entry] of computed ?? []) keep.remember(document, entry);
    keep.save();
  }
  // Nor is a report made while git failed to answer, whose `version-not-bumped` findings may be missing: as a kept
  // report it would be printed again once git answers.
  return { loaded, result, keepable: keep !== undefined && !lintOptions.git?.incomplete(), assets: assets.answers() };
}

/**
 * The report of `sop lint`: the one kept from the last lint when nothing it was made from changed (see
 * `node/lint-replay.ts`), else a lint's, kept for the next time. `--no-cache` neither reads nor keeps one.
 */
async function lintReport(
  io: CliIO,
  options: LintOptions,
): Promise<{ root: string; result: LintResult; repositoryPath: string | undefined }> {
  if (options.cache === false) {
    const { loaded, result } = await runLint(io, options);
    return { root: loaded.layout.root, result, repositoryPath: repositoryPath(loaded.layout.root) };
  }
  const layout = layoutFor(io, options.root);
  const sources = await readForCommand(io, layout);
  const baseName = options.base ?? 'HEAD';
  const base = readBaseSnapshot(layout.root, baseName);
  const inputs = replayInputs(io, options, sources, baseName, base);
  const fingerprint = inputs && lintFingerprint(inputs);
  const file = lintReportFile(layout.root);
  // The folder's place in the repository came with the base's commit, in the same `rev-parse`.
  const where = base ? base.prefix.replace(/\/$/, '') : repositoryPath(layout.root);
  const kept = fingerprint === undefined ? undefined : keptReport(file, fingerprint, assetChecker(layout.root));
  if (kept) return { root: layout.root, result: kept, repositoryPath: where };
  const run = await runLint(io, options, false, { sources, today: inputs?.today, base });
  if (fingerprint !== undefined && run.keepable) keepReport(file, fingerprint, run.result, run.assets);
  return { root: run.loaded.layout.root, result: run.result, repositoryPath: where };
}

/**
 * What a lint of `sources` would be made from; undefined when the lint itself must say what is wrong first (a
 * playbook.yaml it cannot use, a `--base` that names no commit), which no kept report may hide.
 */
function replayInputs(
  io: CliIO,
  options: LintOptions,
  sources: CommandSources,
  base: string,
  snapshot: BaseSnapshot | undefined,
): ReplayInputs | undefined {
  const config = loadConfig<PlaybookConfig>(sources.playbook, playbookConfigSchema, { title: 'Support Playbook' });
  if (config.problems.length > 0 || (base !== 'HEAD' && snapshot === undefined)) return undefined;
  let today;
  try {
    today = resolveToday(io, options.today, config.data.timezone);
  } catch {
    // A date that is no date: the lint says so, after any problem of team.yaml, as it always has.
    return undefined;
  }
  return {
    sources,
    today: formatPlainDate(today),
    base,
    git:
      snapshot &&
      baseSnapshotDigest(
        snapshot,
        sources.sops.map((file) => file.path),
      ),
    diagrams: config.data.rules['invalid-diagram'] !== 'off' ? mermaidVersion : 'none',
  };
}

/** Entries computed by the lint threads, else what `memory` kept; what the run learns is left to the caller to keep. */
function withEntries(entries: ReadonlyMap<Document, PerFileEntry>, memory: LintMemory | undefined): LintMemory {
  return {
    // The memory is asked about every document (a cache forgets the files it is never asked about).
    facts: (document) => memory?.facts(document) ?? entries.get(document)?.facts,
    findings: (document) => entries.get(document)?.findings ?? memory?.findings(document),
    remember: (document, entry) => memory?.remember(document, entry),
  };
}

/** Mermaid's verdicts for `invalid-diagram`; when Mermaid cannot run, the rule stays quiet and the user is told why. */
async function diagramValidator(io: CliIO, sources: string[], root: string): Promise<DiagramValidator | undefined> {
  try {
    return await validateDiagrams(sources, { cacheFile: diagramCacheFile(root) });
  } catch (error) {
    io.stderr(`sop: mermaid diagrams were not checked: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

async function lintCommand(io: CliIO, paths: string[], options: LintOptions): Promise<number> {
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings must be a whole number of 0 or more; got \`${options.maxWarnings}\``);
  }
  // Checked here too: a kept report is printed without the lint that would check it.
  jobsOption(options.jobs);
  // A path that does not exist or lies outside the playbook is a mistake in the command: said before the lint runs.
  const root = layoutFor(io, options.root).root;
  const wanted = existsSync(root)
    ? reportedPrefixes(
        io,
        paths.map((entry) => path.resolve(io.cwd, entry)),
        root,
      )
    : [];
  const { root: playbookRoot, result, repositoryPath: inRepository } = await lintReport(io, options);
  const shown = restrictToPaths(io, result, wanted);
  const formatter = formatters[options.format]!;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = io.env;
  const repositoryUrl = server && repository ? `${server}/${repository}` : undefined;
  io.stdout(formatter(shown, { colour: io.colour, root: playbookRoot, repositoryPath: inRepository, repositoryUrl }));
  const errors = shown.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = shown.diagnostics.length - errors;
  if (errors > 0) return exitCodes.lintErrors;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`sop: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return exitCodes.lintErrors;
  }
  return exitCodes.clean;
}

/**
 * The paths to report on, as prefixes of the files' paths from the playbook root (`''` for the whole playbook). A path
 * outside the playbook is a mistake in the command (another playbook needs its own --root), as is one that does not exist.
 */
function reportedPrefixes(io: CliIO, absolutePaths: string[], root: string): string[] {
  // Compared as real paths, so that a folder reached through a symbolic link is still the playbook's; a file keeps
  // its own name (an SOP that is itself a link is reported under that name).
  const realRoot = realpathSync(root);
  return absolutePaths.map((absolute) => {
    if (!existsSync(absolute)) throw new UsageError(`no such file or folder: \`${path.relative(root, absolute) || '.'}\``);
    const real = statSync(absolute).isDirectory()
      ? realpathSync(absolute)
      : path.join(realpathSync(path.dirname(absolute)), path.basename(absolute));
    if (!isInside(real, realRoot))
      throw new UsageError(
        `\`${asTyped(io, absolute)}\` is outside the playbook at \`${asTyped(io, root)}\`; ` +
          'pass files or folders of this playbook, or --root for another one',
      );
    return path.relative(realRoot, real).split(path.sep).join('/');
  });
}

/**
 * Cross-file rules always see the whole playbook; the paths (`reportedPrefixes`, none for all) only narrow what is
 * reported. A path that holds nothing the lint reads (README.md, an image) is said on stderr, so that a green report is
 * never about nothing.
 */
function restrictToPaths(io: CliIO, result: LintResult, wanted: readonly string[]): LintResult {
  if (wanted.length === 0) return result;
  const under = (prefix: string, file: string) => prefix === '' || file === prefix || file.startsWith(`${prefix}/`);
  for (const prefix of wanted) {
    if (!result.files.some((file) => under(prefix, file)))
      io.stderr(`sop: warning: \`${prefix}\` holds no SOP, macro, playbook.yaml or team.yaml; nothing in it was checked\n`);
  }
  const matches = (file: string) => wanted.some((prefix) => under(prefix, file));
  return { files: result.files.filter(matches), diagnostics: result.diagnostics.filter((diagnostic) => matches(diagnostic.file)) };
}

/** A path as a person would type it: from the current folder when it is below it, else absolute. */
function asTyped(io: CliIO, absolute: string): string {
  const relative = path.relative(io.cwd, absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}
