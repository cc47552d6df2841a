// Writes a set of generated files into a folder: refuses to replace any without `force`, writes each atomically,
// and (with `force`) removes earlier generated files the set no longer holds, so nothing withdrawn lingers.
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { FileExistsError, writeFileAtomic } from './write-file-atomic.ts';

export interface GeneratedFile {
  /** Relative to the folder, forward slashes. */
  path: string;
  text: string;
}

export interface ExportFolderOptions {
  force: boolean;
  /** Whether an existing file (relative path, text) is one this export wrote earlier; only those are removed. */
  isGenerated: (relativePath: string, text: string) => boolean;
  /** Which files in the folder to consider as earlier output (`*.txt`, `*\/SKILL.md`). */
  candidates: (relativePath: string) => boolean;
}

export interface ExportFolderResult {
  written: string[];
  /** Earlier generated files that were removed (with force) or left in place (without). */
  stale: string[];
  removed: boolean;
}

export class ExportConflictError extends Error {
  readonly existing: string[];
  constructor(existing: string[]) {
    super(`${existing.length} file${existing.length === 1 ? '' : 's'} already exist`);
    this.existing = existing;
  }
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function exportFolder(
  folder: string,
  files: readonly GeneratedFile[],
  options: ExportFolderOptions,
): Promise<ExportFolderResult> {
  const existing = await listFiles(folder);
  const wanted = new Set(files.map((file) => file.path));
  const clashes = existing.filter((file) => wanted.has(file));
  if (clashes.length > 0 && !options.force) throw new ExportConflictError(clashes.sort());

  const stale: string[] = [];
  for (const file of existing.filter((name) => !wanted.has(name) && options.candidates(name)).sort()) {
    const text = await readFile(path.join(folder, file), 'utf8').catch(() => '');
    if (options.isGenerated(file, text)) stale.push(file);
  }
  const written: string[] = [];
  for (const file of files) {
    try {
      await writeFileAtomic(path.join(folder, file.path), file.text, { overwrite: options.force });
    } catch (error) {
      if (error instanceof FileExistsError) throw new ExportConflictError([file.path]);
      throw error;
    }
    written.push(file.path);
  }
  if (options.force) {
    for (const file of stale) {
      await rm(path.join(folder, file), { force: true });
      const parent = path.dirname(path.join(folder, file));
      if (parent !== path.resolve(folder)) await rmdir(parent).catch(() => undefined);
    }
  }
  return { written, stale, removed: options.force };
}
