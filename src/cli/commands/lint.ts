// `sop lint [paths…]`: lint only, in the format CI or a person wants; exit 1 on errors or too many warnings.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { Option } from 'commander';
import { lintPlaybook, type LintResult } from '../../core/lint/engine.ts';
import { formatters } from '../../core/lint/report/index.ts';
import type { DiagramValidator } from '../../core/lint/rule.ts';
import { diagramSources } from '../../core/markdown/mermaid-blocks.ts';
import type { Playbook } from '../../core/model.ts';
import { baseResolves, gitBaseReader, repositoryPath } from '../../node/git.ts';
import { diagramCacheFile, mermaidVersion, validateDiagrams } from '../../node/mermaid-validator.ts';
import { lintWithMemory } from '../../core/lint/cached-lint.ts';
import { lintCacheFile, openLintCache, runKey } from '../../node/lint-cache.ts';
import { watchLint } from './lint-watch.ts';
import { addGitBaseOption, addPlaybookOptions, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { formatPlainDate, loadForCommand } from '../context.ts';
import { exitCodes, UsageError, type CliIO } from '../io.ts';

interface LintOptions extends PlaybookOptions {
  format: string;
  maxWarnings?: string;
  base?: string;
  /** `--no-cache` sets false. */
  cache?: boolean;
  watch?: boolean;
}

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
    .action((paths: string[], options: LintOptions) =>
      run(() => (options.watch ? watchLint(io, paths, options) : lintCommand(io, paths, options))),
    );
};

/** `publishDrafts`: lint as for a preview that publishes drafts (`sop build --drafts`). */
export async function runLint(io: CliIO, options: PlaybookOptions & { base?: string; cache?: boolean }, publishDrafts = false) {
  const loaded = await loadForCommand(io, options);
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
  const cache =
    options.cache === false
      ? undefined
      : openLintCache(
          lintCacheFile(root),
          runKey(playbook, { today: formatPlainDate(loaded.today), diagrams: checkDiagrams ? mermaidVersion : 'none', publishDrafts }),
        );
  // Only documents the cache cannot answer for are parsed; Mermaid loads in its own thread (most of a
  // second) meanwhile, so on two cores the diagrams cost little more than their parse.
  const unknown = (document: Playbook['sops'][number] | Playbook['macros'][number]) => !cache?.findings(document);
  const diagrams = checkDiagrams
    ? diagramValidator(io, { ...playbook, sops: playbook.sops.filter(unknown), macros: playbook.macros.filter(unknown) }, root)
    : Promise.resolve(undefined);
  // Reading `tree` parses the body now (the getter is lazy).
  // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- the read is the point, its value is not
  for (const sop of playbook.sops) if (unknown(sop)) void sop.tree;
  const lintOptions = {
    today: loaded.today,
    git: gitBaseReader(root, base),
    assetExists: (pathFromRoot: string) => existsSync(path.join(root, pathFromRoot)),
    validateDiagram: await diagrams,
    publishDrafts,
  };
  // When Mermaid could not run, `invalid-diagram` said nothing: such a run is not kept.
  if (!cache || (checkDiagrams && !lintOptions.validateDiagram)) return { loaded, result: lintPlaybook(playbook, lintOptions) };
  const result = lintWithMemory(playbook, lintOptions, cache);
  cache.save();
  return { loaded, result };
}

/** Mermaid's verdicts for `invalid-diagram`; when Mermaid cannot run, the rule stays quiet and the user is told why. */
async function diagramValidator(io: CliIO, playbook: Playbook, root: string): Promise<DiagramValidator | undefined> {
  try {
    return await validateDiagrams(diagramSources(playbook), { cacheFile: diagramCacheFile(root) });
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
  const { loaded, result } = await runLint(io, options);
  const shown = restrictToPaths(
    result,
    paths.map((entry) => path.resolve(io.cwd, entry)),
    loaded.layout.root,
  );
  const formatter = formatters[options.format]!;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = io.env;
  const repositoryUrl = server && repository ? `${server}/${repository}` : undefined;
  io.stdout(
    formatter(shown, { colour: io.colour, root: loaded.layout.root, repositoryPath: repositoryPath(loaded.layout.root), repositoryUrl }),
  );
  const errors = shown.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = shown.diagnostics.length - errors;
  if (errors > 0) return exitCodes.lintErrors;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`sop: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return exitCodes.lintErrors;
  }
  return exitCodes.clean;
}

/** Cross-file rules always see the whole playbook; paths only narrow what is reported. */
function restrictToPaths(result: LintResult, absolutePaths: string[], root: string): LintResult {
  if (absolutePaths.length === 0) return result;
  for (const absolute of absolutePaths) {
    if (!existsSync(absolute)) throw new UsageError(`no such file or folder: \`${path.relative(root, absolute) || '.'}\``);
  }
  const wanted = absolutePaths.map((absolute) => path.relative(root, absolute).split(path.sep).join('/'));
  const matches = (file: string) => wanted.some((prefix) => prefix === '' || file === prefix || file.startsWith(`${prefix}/`));
  return { files: result.files.filter(matches), diagnostics: result.diagnostics.filter((diagnostic) => matches(diagnostic.file)) };
}
