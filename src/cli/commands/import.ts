// `sop import markdown|html|zendesk-guide`: bring existing documents in as draft SOPs. Each kind reads its
// sources and plans; writing, the per-file report and the summary are shared (see ../import/write-import.ts).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { planMarkdownImport, type ImportPlan, type ImportSource } from '../../core/authoring/import/import-markdown.ts';
import { assetLookup } from '../../node/asset-lookup.ts';
import { readMarkdownFolder, sopFilesIn } from '../../node/read-markdown-folder.ts';
import type { RegisterCommand } from '../command.ts';
import { formatPlainDate, loadForCommand } from '../context.ts';
import { exitCodes, UsageError, type CliIO } from '../io.ts';
import { writeImport, type PlannedSop } from '../import/write-import.ts';
import { importFamilyOptions, outFolderOf, type ImportFamilyOptions } from '../import/options.ts';
import { readHtmlFolder } from '../../node/read-html-folder.ts';
import { registerZendeskGuideImport } from '../import/zendesk-guide.ts';

export const registerImport: RegisterCommand = (program, run, io) => {
  const importCommand = program.command('import').description('bring existing documents in as draft SOPs');
  importFamilyOptions(
    importCommand
      .command('markdown')
      .description(
        'import a folder of Markdown documents (a handbook, Google Docs or Confluence exports) as draft SOPs, with the images they use',
      )
      .argument('<dir>', 'folder to import, searched recursively for .md, .markdown and .mdx files'),
  ).action((dir: string, options: ImportFamilyOptions) => run(() => importFolder(io, dir, options, 'markdown')));
  importFamilyOptions(
    importCommand
      .command('html')
      .description(
        'import a folder of HTML pages (a Confluence space export, Google Docs “Web page” exports) as draft SOPs: main ' +
          'content only, with the images they use',
      )
      .argument('<dir>', 'folder to import, searched recursively for .html and .htm files'),
  ).action((dir: string, options: ImportFamilyOptions) => run(() => importFolder(io, dir, options, 'html')));
  registerZendeskGuideImport(importCommand, run, io);
};

async function importFolder(io: CliIO, dir: string, options: ImportFamilyOptions, kind: 'markdown' | 'html'): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const folder = path.resolve(io.cwd, dir);
  const isFolder = await stat(folder).then(
    (entry) => entry.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new UsageError(`no such folder: \`${dir}\``);
  const outFolder = outFolderOf(io, loaded, options.out);

  const existingFiles = new Map(loaded.playbook.sops.map((sop) => [sop.id, path.join(loaded.layout.root, sop.file.path)]));
  for (const [id, file] of await sopFilesIn(outFolder)) if (!existingFiles.has(id)) existingFiles.set(id, file);
  const sources: ImportSource[] = kind === 'markdown' ? await readMarkdownFolder(folder) : await readHtmlFolder(folder);
  if (sources.length === 0) {
    throw new UsageError(
      kind === 'markdown' ? `no Markdown files (.md, .markdown, .mdx) in \`${dir}\`` : `no HTML files (.html, .htm) in \`${dir}\``,
    );
  }
  const result = planMarkdownImport(sources, loaded.playbook, {
    owner: options.owner,
    category: options.category,
    today: formatPlainDate(loaded.today),
    force: options.force === true,
    existing: new Map([...existingFiles].map(([id, file]) => [id, shown(io, file)])),
    assets: assetLookup(folder),
  });
  if (!result.ok) throw new UsageError(result.problem);
  await writeImport(io, {
    planned: plannedFromPlan(result.plan, dir, outFolder, existingFiles),
    sourceFolder: folder,
    playbookRoot: loaded.layout.root,
    dryRun: options.dryRun === true,
    force: options.force === true,
    // content/sops is the playbook's own folder; only a folder the user named with --out is worth a note.
    outFolder: options.out === undefined ? undefined : outFolder,
  });
  return exitCodes.clean;
}

function shown(io: CliIO, absolute: string): string {
  return path.relative(io.cwd, absolute).split(path.sep).join('/') || '.';
}

/** Imported files first, in source order, then the skipped ones, as the report has always listed them. */
function plannedFromPlan(plan: ImportPlan, dir: string, outFolder: string, existing: ReadonlyMap<string, string>): PlannedSop[] {
  const imported = plan.imported.map((file): PlannedSop => ({
    source: path.join(dir, file.source),
    outcome: 'imported',
    target: path.join(outFolder, `${file.id}.${file.format}`),
    text: file.text,
    overwrite: file.replaces !== undefined,
    replaces: file.replaces === undefined ? undefined : existing.get(file.id),
    notes: file.notes,
    assets: file.assets,
    missingAssets: file.missingAssets.length,
    needsSteps: file.needsSteps,
    needsEdgeCases: file.needsEdgeCases,
    format: file.format,
  }));
  const skipped = plan.skipped.map((file): PlannedSop => ({
    source: path.join(dir, file.source),
    outcome: 'skipped',
    target: '',
    reason: file.message,
    skipKind: file.reason,
    overwrite: false,
    notes: [],
    assets: [],
    missingAssets: 0,
    needsSteps: false,
    needsEdgeCases: false,
  }));
  return [...imported, ...skipped];
}
