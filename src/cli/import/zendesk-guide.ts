// `sop import zendesk-guide <articles.json…>`: Zendesk Guide articles as SOPs; a second import updates, never duplicates.
import path from 'node:path';
import { Option, type Command } from 'commander';
import { planGuideImport, type GuideChange } from '../../core/authoring/import/zendesk-guide.ts';
import { mergeGuidePages, parseGuidePage, type GuideExport } from '../../core/authoring/import/zendesk-guide-json.ts';
import { unknownChoice } from '../../core/unknown-choice.ts';
import { sopFilesIn } from '../../node/read-markdown-folder.ts';
import { requireOwner, type CommandRunner } from '../command.ts';
import { formatPlainDate, loadForCommand } from '../context.ts';
import { readJsonPages } from '../read-json-pages.ts';
import { exitCodes, UsageError, type CliIO } from '../io.ts';
import { importFamilyOptions, outFolderOf, type ImportFamilyOptions } from './options.ts';
import { writeImport, type PlannedSop } from './write-import.ts';

interface GuideOptions extends ImportFamilyOptions {
  status: 'draft' | 'active';
}

export function registerZendeskGuideImport(importCommand: Command, run: CommandRunner, io: CliIO): void {
  importFamilyOptions(
    importCommand
      .command('zendesk-guide')
      .description(
        'import Zendesk Guide articles (`GET /api/v2/help_center/articles.json?include=sections,categories`, one or more page ' +
          'files) as SOPs',
      )
      .argument('<files...>', 'articles API response files, such as articles-1.json articles-2.json'),
  )
    .addOption(
      new Option('--status <status>', 'status of articles that are not drafts in Zendesk').choices(['draft', 'active']).default('draft'),
    )
    .action((files: string[], options: GuideOptions) => run(() => importGuide(io, files, options)));
}

async function readPages(io: CliIO, files: string[]): Promise<GuideExport> {
  return mergeGuidePages(await readJsonPages(io, files, parseGuidePage));
}

async function importGuide(io: CliIO, files: string[], options: GuideOptions): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const { playbook, layout } = loaded;
  requireOwner(playbook, options.owner);
  const categories = playbook.config.data.categories.map((category) => category.id);
  if (options.category !== undefined && !categories.includes(options.category))
    throw new UsageError(unknownChoice('category', options.category, categories));
  const data = await readPages(io, files);
  const outFolder = outFolderOf(io, loaded, options.out);
  const existingFiles = new Map(playbook.sops.map((sop) => [sop.id, path.join(layout.root, sop.file.path)]));
  for (const [id, file] of await sopFilesIn(outFolder)) if (!existingFiles.has(id)) existingFiles.set(id, file);
  const shown = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/');
  const plan = planGuideImport(data, playbook, {
    owner: options.owner,
    category: options.category,
    status: options.status,
    today: formatPlainDate(loaded.today),
    force: options.force === true,
    existing: new Map([...existingFiles].map(([id, file]) => [id, shown(file)])),
  });
  if (!plan.ok) throw new UsageError(plan.problem);
  const done = await writeImport(io, {
    planned: plan.changes.map((change) => planned(change, outFolder, layout.root, existingFiles)),
    sourceFolder: io.cwd,
    playbookRoot: layout.root,
    dryRun: options.dryRun === true,
    force: options.force === true,
  });
  return done.some((entry) => entry.outcome === 'conflict') ? exitCodes.lintErrors : exitCodes.clean;
}

function planned(change: GuideChange, outFolder: string, root: string, existingFiles: ReadonlyMap<string, string>): PlannedSop {
  const source = `Zendesk article ${change.articleId}`;
  const existing = change.existingPath === undefined ? undefined : path.join(root, change.existingPath);
  const file = change.file;
  if (!file || (change.outcome !== 'imported' && change.outcome !== 'updated')) {
    return {
      source,
      outcome: change.outcome,
      target: existing ?? '',
      reason: change.reason,
      skipKind: change.skipKind,
      overwrite: false,
      notes: [],
      assets: [],
      missingAssets: 0,
      needsSteps: false,
      needsEdgeCases: false,
    };
  }
  const target =
    existing && change.outcome === 'updated'
      ? path.join(path.dirname(existing), `${path.basename(existing).replace(/\.mdx?$/, '')}.${file.format}`)
      : path.join(outFolder, `${file.id}.${file.format}`);
  return {
    source,
    outcome: change.outcome,
    target,
    text: file.text,
    reason: change.reason,
    overwrite: change.outcome === 'updated' || file.replaces !== undefined,
    replaces: change.outcome === 'updated' ? existing : file.replaces === undefined ? undefined : existingFiles.get(file.id),
    notes: change.outcome === 'updated' ? [change.reason ?? 'updated', ...file.notes] : file.notes,
    assets: [],
    missingAssets: 0,
    needsSteps: file.needsSteps,
    needsEdgeCases: file.needsEdgeCases,
    format: file.format,
  };
}
