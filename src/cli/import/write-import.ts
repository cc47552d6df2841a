// What every `sop import …` shares once it has a plan: the per-file report, progress on a terminal,
// never overwriting without `--force`, atomic writes, the copied assets, `--dry-run` and the summary line.
import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { AssetCopy } from '../../core/authoring/import/assets.ts';
import { prepareOutputFolder } from '../../node/output-path.ts';
import { FileExistsError, writeFileAtomic } from '../../node/write-file-atomic.ts';
import { noteCreatedFolders, type CliIO } from '../io.ts';

type ImportOutcome = 'imported' | 'updated' | 'skipped' | 'conflict';

/** One SOP the import writes, updates or leaves alone. */
export interface PlannedSop {
  /** How the source is named in the report: a path as given, or `Zendesk article 123`. */
  source: string;
  outcome: ImportOutcome;
  /** Absolute path of the SOP file. */
  target: string;
  /** The file's text; undefined when nothing is written. */
  text?: string | undefined;
  /** Why it was skipped, or is in conflict; the reason a skip was counted under (`exists`, `empty` …). */
  reason?: string | undefined;
  skipKind?: string | undefined;
  /** Replace an existing file (`--force`, or an update of an earlier import). */
  overwrite: boolean;
  /** An existing file of the same id to remove once the new one is written (its extension changed). */
  replaces?: string | undefined;
  notes: string[];
  assets: AssetCopy[];
  /** How many local images and attachments it names that were found nowhere (listed in its notes). */
  missingAssets: number;
  needsSteps: boolean;
  needsEdgeCases: boolean;
  format?: 'md' | 'mdx' | undefined;
}

export interface ImportJob {
  planned: PlannedSop[];
  /** The folder asset paths are relative to (the import folder), and the playbook root they are copied into. */
  sourceFolder: string;
  playbookRoot: string;
  dryRun: boolean;
  force: boolean;
  /** The folder the user named with `--out`: made ready first (failing fast when it cannot be), its creation named. */
  outFolder?: string | undefined;
}

const progressEvery = 50;

function shown(io: CliIO, absolute: string): string {
  return path.relative(io.cwd, absolute).split(path.sep).join('/') || '.';
}

/** Writes the plan file by file, prints one entry per file on stdout and the summary on stderr; returns what happened. */
export async function writeImport(io: CliIO, job: ImportJob): Promise<PlannedSop[]> {
  const done: PlannedSop[] = [];
  const copied = new Set<string>();
  const writable = job.planned.filter((entry) => entry.text !== undefined).length;
  let written = 0;
  if (job.outFolder !== undefined && !job.dryRun && writable > 0) noteCreatedFolders(io, await prepareOutputFolder(job.outFolder));
  for (const entry of job.planned) {
    let result = entry;
    if (entry.text !== undefined) {
      if (!job.dryRun) result = await writeOne(entry);
      if (result.text !== undefined && !job.dryRun) {
        for (const asset of entry.assets) {
          if (copied.has(asset.to)) continue;
          copied.add(asset.to);
          const note = await copyAsset(job, asset);
          if (note) result = { ...result, notes: [...result.notes, note] };
        }
      }
      written += 1;
      if (io.stderrIsTTY && written % progressEvery === 0) io.stderr(`sop: ${written} of ${writable} files imported…\n`);
    }
    io.stdout(describe(io, result));
    done.push(result);
  }
  const assets = job.dryRun
    ? new Set(done.filter((entry) => entry.text !== undefined).flatMap((entry) => entry.assets.map((asset) => asset.to))).size
    : copied.size;
  io.stderr(`${job.dryRun ? 'dry run, nothing written: would have ' : ''}${summaryLine(done, assets)}\n`);
  return done;
}

async function writeOne(entry: PlannedSop): Promise<PlannedSop> {
  try {
    await writeFileAtomic(entry.target, entry.text!, { overwrite: entry.overwrite });
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    return { ...entry, outcome: 'skipped', skipKind: 'exists', text: undefined, reason: 'a file with its id appeared while importing' };
  }
  if (entry.replaces !== undefined && path.resolve(entry.replaces) !== path.resolve(entry.target)) await unlink(entry.replaces);
  return entry;
}

/** Copies one asset unless the same file is already there; a different file of that name is kept without `--force`. */
async function copyAsset(job: ImportJob, asset: AssetCopy): Promise<string | undefined> {
  const from = path.join(job.sourceFolder, asset.from);
  const to = path.join(job.playbookRoot, asset.to);
  const bytes = await readFile(from);
  const existing = await readFile(to).catch(() => undefined);
  if (existing?.equals(bytes)) return undefined;
  if (existing && !job.force) return `kept the existing \`${asset.to}\`, which differs from \`${asset.from}\`; pass --force to replace it`;
  await writeFileAtomic(to, bytes, { overwrite: true });
  return undefined;
}

function describe(io: CliIO, entry: PlannedSop): string {
  if (entry.outcome === 'skipped' || entry.outcome === 'conflict') return `${entry.source}: ${entry.outcome}: ${entry.reason}\n`;
  const label = entry.outcome === 'updated' ? ' (updated)' : entry.overwrite ? ' (replaced)' : '';
  return `${[`${entry.source} -> ${shown(io, entry.target)}${label}`, ...entry.notes.map((note) => `  - ${note}`)].join('\n')}\n`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `imported 4, skipped 1 (empty), 2 need Steps, 3 need Edge cases`, with updates, conflicts and assets when there are any. */
function summaryLine(entries: readonly PlannedSop[], assetsCopied: number): string {
  const count = (predicate: (entry: PlannedSop) => boolean) => entries.filter(predicate).length;
  const changed = entries.filter((entry) => entry.outcome === 'imported' || entry.outcome === 'updated');
  const skipped = entries.filter((entry) => entry.outcome === 'skipped');
  const reasons = new Map<string, number>();
  for (const entry of skipped) reasons.set(entry.skipKind ?? 'skipped', (reasons.get(entry.skipKind ?? 'skipped') ?? 0) + 1);
  const why = reasons.size === 1 ? [...reasons.keys()][0]! : [...reasons].map(([reason, number]) => `${number} ${reason}`).join(', ');
  const parts = [`imported ${count((entry) => entry.outcome === 'imported')}`];
  const updated = count((entry) => entry.outcome === 'updated');
  if (updated > 0) parts.push(`updated ${updated}`);
  parts.push(skipped.length > 0 ? `skipped ${skipped.length} (${why})` : 'skipped 0');
  const conflicts = count((entry) => entry.outcome === 'conflict');
  if (conflicts > 0) parts.push(plural(conflicts, 'conflict'));
  parts.push(
    `${changed.filter((entry) => entry.needsSteps).length} need Steps`,
    `${changed.filter((entry) => entry.needsEdgeCases).length} need Edge cases`,
  );
  const markdown = changed.filter((entry) => entry.format === 'md').length;
  if (markdown > 0) parts.push(`${markdown} kept as .md`);
  if (assetsCopied > 0) parts.push(`${plural(assetsCopied, 'asset')} copied`);
  const missing = changed.filter((entry) => entry.missingAssets > 0).length;
  if (missing > 0) parts.push(`${missing} with missing images or attachments`);
  return parts.join(', ');
}
