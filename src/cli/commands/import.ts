// `sop import markdown <dir>`: brings existing Markdown documents in as draft SOPs and says per file what it could not infer.
import { stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { planMarkdownImport, type ImportedFile, type ImportPlan } from '../../core/authoring/import/import-markdown.ts';
import { readMarkdownFolder, sopFilesIn } from '../../node/read-markdown-folder.ts';
import { FileExistsError, writeFileAtomic } from '../../node/write-file-atomic.ts';
import { addPlaybookOptions, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { formatPlainDate, loadForCommand } from '../context.ts';
import { exitCodes, UsageError, type CliIO } from '../io.ts';

interface ImportMarkdownOptions extends PlaybookOptions {
  owner: string;
  category?: string;
  out?: string;
  force?: boolean;
  dryRun?: boolean;
}

const progressEvery = 50;

export const registerImport: RegisterCommand = (program, run, io) => {
  const importCommand = program.command('import').description('bring existing documents in as draft SOPs');
  addPlaybookOptions(
    importCommand
      .command('markdown')
      .description('import a folder of Markdown documents (a handbook, Google Docs or Confluence exports) as draft SOPs')
      .argument('<dir>', 'folder to import, searched recursively for .md, .markdown and .mdx files')
      .requiredOption('--owner <id>', 'person or team in team.yaml who will own the imported SOPs')
      .option('--category <id>', 'category from playbook.yaml (default: the document’s own if valid, else the first)')
      .option('--out <dir>', 'where the SOPs are written (default: content/sops)')
      .option('--force', 'replace SOPs that already exist with the same id')
      .option('--dry-run', 'say what would be imported without writing anything')
  ).action((dir: string, options: ImportMarkdownOptions) => run(() => importMarkdownCommand(io, dir, options)));
};

function shown(io: CliIO, absolute: string): string {
  return path.relative(io.cwd, absolute).split(path.sep).join('/') || '.';
}

async function importMarkdownCommand(io: CliIO, dir: string, options: ImportMarkdownOptions): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const folder = path.resolve(io.cwd, dir);
  const isFolder = await stat(folder).then((entry) => entry.isDirectory(), () => false);
  if (!isFolder) throw new UsageError(`no such folder: \`${dir}\``);
  const outFolder = options.out === undefined ? path.join(loaded.layout.contentDir, 'sops') : path.resolve(io.cwd, options.out);

  const existingFiles = new Map(loaded.playbook.sops.map((sop) => [sop.id, path.join(loaded.layout.root, sop.file.path)]));
  for (const [id, file] of await sopFilesIn(outFolder)) if (!existingFiles.has(id)) existingFiles.set(id, file);
  const sources = await readMarkdownFolder(folder);
  if (sources.length === 0) throw new UsageError(`no Markdown files (.md, .markdown, .mdx) in \`${dir}\``);

  const result = planMarkdownImport(sources, loaded.playbook, {
    owner: options.owner,
    category: options.category,
    today: formatPlainDate(loaded.today),
    force: options.force === true,
    existing: new Map([...existingFiles].map(([id, file]) => [id, shown(io, file)])),
  });
  if (!result.ok) throw new UsageError(result.problem);
  const { plan } = result;

  const lateClashes: string[] = [];
  for (const [position, file] of plan.imported.entries()) {
    const target = path.join(outFolder, `${file.id}.${file.format}`);
    if (!options.dryRun) {
      const written = await writeImported(target, file, existingFiles.get(file.id), options.force === true);
      if (!written) lateClashes.push(file.source);
    }
    if (!lateClashes.includes(file.source)) io.stdout(describeImport(path.join(dir, file.source), shown(io, target), file));
    if (io.stderrIsTTY && (position + 1) % progressEvery === 0) io.stderr(`sop: ${position + 1} of ${plan.imported.length} files imported…\n`);
  }
  for (const skipped of plan.skipped) io.stdout(`${path.join(dir, skipped.source)}: skipped: ${skipped.message}\n`);
  for (const source of lateClashes) io.stdout(`${path.join(dir, source)}: skipped: a file with its id appeared while importing\n`);
  io.stderr(`${options.dryRun ? 'dry run, nothing written: would have ' : ''}${summaryLine(plan, lateClashes.length)}\n`);
  return exitCodes.clean;
}

/** Writes one SOP; with --force it replaces the existing file, removing it when its extension differs. */
async function writeImported(target: string, file: ImportedFile, existing: string | undefined, force: boolean): Promise<boolean> {
  try {
    await writeFileAtomic(target, file.text, { overwrite: force });
  } catch (error) {
    if (error instanceof FileExistsError) return false;
    throw error;
  }
  if (force && existing !== undefined && path.resolve(existing) !== path.resolve(target)) await unlink(existing);
  return true;
}

function describeImport(source: string, target: string, file: ImportedFile): string {
  const lines = [`${source} -> ${target}${file.replaces ? ' (replaced)' : ''}`, ...file.notes.map((note) => `  - ${note}`)];
  return `${lines.join('\n')}\n`;
}

function summaryLine(plan: ImportPlan, lateClashes: number): string {
  const imported = plan.imported.length - lateClashes;
  const reasons = new Map<string, number>();
  for (const skipped of plan.skipped) reasons.set(skipped.reason, (reasons.get(skipped.reason) ?? 0) + 1);
  if (lateClashes > 0) reasons.set('exists', (reasons.get('exists') ?? 0) + lateClashes);
  const skippedCount = plan.skipped.length + lateClashes;
  const why = reasons.size === 1 ? [...reasons.keys()][0]! : [...reasons].map(([reason, count]) => `${count} ${reason}`).join(', ');
  const count = (predicate: (file: ImportedFile) => boolean) => plan.imported.filter(predicate).length;
  const parts = [`imported ${imported}`, skippedCount > 0 ? `skipped ${skippedCount} (${why})` : 'skipped 0'];
  parts.push(`${count((file) => file.needsSteps)} need Steps`, `${count((file) => file.needsEdgeCases)} need Edge cases`);
  const markdown = count((file) => file.format === 'md');
  if (markdown > 0) parts.push(`${markdown} kept as .md`);
  return parts.join(', ');
}
