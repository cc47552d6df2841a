// `sop macros import zendesk` / `sop macros export zendesk`: move macros between the registry and Zendesk's macros API JSON.
import path from 'node:path';
import { didYouMean } from '../../core/nearest.ts';
import { plural } from '../../core/plural.ts';
import { exportZendeskMacros } from '../../core/macros/zendesk-export.ts';
import { planZendeskImport, type MacroImportChange } from '../../core/macros/zendesk-import.ts';
import { mergeZendeskPages, parseZendeskMacrosPage, type ZendeskMacro } from '../../core/macros/zendesk-json.ts';
import type { Playbook } from '../../core/model.ts';
import { FileExistsError, writeFileAtomic } from '../../node/write-file-atomic.ts';
import { addPlaybookOptions, requireOwner, writeOutputFile, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { formatPlainDate, loadForCommand } from '../context.ts';
import { readJsonPages, type PageResult } from '../read-json-pages.ts';
import { exitCodes, noteCreatedFolders, UsageError, type CliIO } from '../io.ts';

interface ImportOptions extends PlaybookOptions {
  owner: string;
  category?: string;
  dryRun?: boolean;
  force?: boolean;
}

interface ExportOptions extends PlaybookOptions {
  output?: string;
  onlyActive?: boolean;
  force?: boolean;
}

export const registerMacros: RegisterCommand = (program, run, io) => {
  const macros = program.command('macros').description('move macros between the registry and a help desk');
  const importCommand = macros.command('import').description('bring help-desk macros into content/macros/');
  const exportCommand = macros.command('export').description('print the registry as help-desk JSON');

  addPlaybookOptions(
    importCommand
      .command('zendesk')
      .description(
        "import the JSON that Zendesk's macros API returns (`GET /api/v2/macros.json?include=usage_7d,usage_30d`), one or more page files",
      )
      .argument('<files...>', 'Zendesk API response files, such as page-1.json page-2.json'),
  )
    .requiredOption('--owner <id>', 'owner of new macro files: a person or team id from team.yaml')
    .option('--category <id>', 'category for macros whose title has no `Category::` folder (default: the first category in playbook.yaml)')
    .option('--dry-run', 'show what would change without writing any file')
    .option('--force', "take Zendesk's version over conflicting local edits")
    .action((files: string[], options: ImportOptions) => run(() => importZendesk(io, files, options)));

  addPlaybookOptions(exportCommand.command('zendesk').description('print the registry as Zendesk API JSON for `POST`/`PUT /api/v2/macros`'))
    .option('--output <file>', 'write the JSON to this file instead of printing it')
    .option('--only-active', 'leave out draft and archived macros')
    .option('--force', 'overwrite the --output file when it exists')
    .action((options: ExportOptions) => run(() => exportZendesk(io, options)));
};

function fallbackCategory(playbook: Playbook, flag: string | undefined): string {
  const categories = playbook.config.data.categories.map((category) => category.id);
  if (flag !== undefined) {
    if (!categories.includes(flag)) {
      const choices = categories.length > 0 ? `; use one of ${categories.map((id) => `\`${id}\``).join(', ')}` : '';
      throw new UsageError(`--category \`${flag}\` is not a category in playbook.yaml${didYouMean(flag, categories) || choices}`);
    }
    return flag;
  }
  const first = categories[0];
  if (first === undefined)
    throw new UsageError('playbook.yaml lists no categories; add at least one so that imported macros have a category');
  return first;
}

function readPages(io: CliIO, files: string[]): Promise<ZendeskMacro[]> {
  const asPage = (text: string): PageResult<ZendeskMacro[]> => {
    const result = parseZendeskMacrosPage(text);
    return result.ok ? { ok: true, page: result.macros } : result;
  };
  return readJsonPages(io, files, asPage).then(mergeZendeskPages);
}

async function importZendesk(io: CliIO, files: string[], options: ImportOptions): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const { playbook, layout } = loaded;
  requireOwner(playbook, options.owner);
  const category = fallbackCategory(playbook, options.category);
  const macros = await readPages(io, files);
  const macrosDir = path.relative(layout.root, path.join(layout.contentDir, 'macros')).split(path.sep).join('/');
  const changes = planZendeskImport(playbook, macros, {
    owner: options.owner,
    fallbackCategory: category,
    today: formatPlainDate(loaded.today),
    force: Boolean(options.force),
    macrosDir,
  });
  const written = options.dryRun ? changes : await writeChanges(layout.root, changes);
  io.stdout(formatImportSummary(written, Boolean(options.dryRun)));
  return written.some((change) => change.outcome === 'conflict') ? exitCodes.lintErrors : exitCodes.clean;
}

/** Writes each added or updated file atomically; a new file that appeared since loading becomes a conflict. */
async function writeChanges(root: string, changes: MacroImportChange[]): Promise<MacroImportChange[]> {
  const results: MacroImportChange[] = [];
  for (const change of changes) {
    if (change.text === undefined) {
      results.push(change);
      continue;
    }
    try {
      await writeFileAtomic(path.join(root, change.path), change.text, { overwrite: change.outcome === 'updated' });
      results.push(change);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      results.push({ ...change, outcome: 'conflict', reason: 'a file of that name appeared during the import; import again' });
    }
  }
  return results;
}

/** One line per file that changed or needs a look, then the counts; unchanged files are only counted. */
function formatImportSummary(changes: readonly MacroImportChange[], dryRun: boolean): string {
  const shown = changes
    .filter((change) => !(change.outcome === 'skipped' && change.reason === 'unchanged'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const width = Math.max(0, ...shown.map((change) => change.path.length));
  const lines = shown.map(
    (change) => `${change.outcome.padEnd(8)}  ${change.path.padEnd(width)}  Zendesk ${change.zendeskId}: ${change.reason}`,
  );
  const count = (outcome: string) => changes.filter((change) => change.outcome === outcome).length;
  const skipped = count('skipped');
  const unchanged = changes.filter((change) => change.outcome === 'skipped' && change.reason === 'unchanged').length;
  const skippedText =
    skipped === 0 || unchanged === 0
      ? `${skipped} skipped`
      : unchanged === skipped
        ? `${skipped} skipped (unchanged)`
        : `${skipped} skipped (${unchanged} unchanged)`;
  const summary =
    `Zendesk import: ${count('added')} added, ${count('updated')} updated, ${skippedText}, ` +
    `${plural(count('conflict'), 'conflict')}${dryRun ? ' (dry run: nothing written)' : ''}`;
  return `${[...lines, summary].join('\n')}\n`;
}

async function exportZendesk(io: CliIO, options: ExportOptions): Promise<number> {
  const { playbook } = await loadForCommand(io, options);
  const { payload, invalid } = exportZendeskMacros(playbook, { onlyActive: Boolean(options.onlyActive) });
  for (const file of invalid)
    io.stderr(`sop: left out \`${file}\`: its frontmatter does not pass the schema; run \`sop lint\` to see why\n`);
  const json = `${JSON.stringify(payload, null, 2)}\n`;
  if (options.output === undefined) {
    io.stdout(json);
  } else {
    noteCreatedFolders(
      io,
      await writeOutputFile(path.resolve(io.cwd, options.output), json, { overwrite: Boolean(options.force), shown: options.output }),
    );
    io.stderr(`wrote ${plural(payload.macros.length, 'macro')} to ${options.output}\n`);
  }
  return invalid.length > 0 ? exitCodes.lintErrors : exitCodes.clean;
}
