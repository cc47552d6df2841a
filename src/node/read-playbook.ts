// Adapter: reads a playbook folder from disk into the sources the core loader takes.
import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../core/model.ts';
import type { PlaybookSources } from '../core/load/load-playbook.ts';
import { decodeSource } from '../core/load/encoding.ts';

export class PlaybookReadError extends Error {}

export interface ContentLayout {
  /** The project root: file paths in diagnostics are relative to it. */
  root: string;
  /** The content folder, `content` by default. */
  contentDir: string;
}

export function defaultLayout(root: string): ContentLayout {
  return { root, contentDir: path.join(root, 'content') };
}

// Read synchronously on purpose: for a few thousand small files, thousands of pending promises and thread-pool
// hops cost several times the CPU of plain reads (measured with `npm run bench`), and nothing else waits meanwhile.
function readSource(root: string, absolutePath: string): SourceFile {
  const { text, problems } = decodeSource(readFileSync(absolutePath));
  const file: SourceFile = { path: path.relative(root, absolutePath).split(path.sep).join('/'), text };
  if (problems.length > 0) file.encodingProblems = problems;
  return file;
}

function readOptional(root: string, absolutePath: string): SourceFile | undefined {
  return existsSync(absolutePath) ? readSource(root, absolutePath) : undefined;
}

/** A content entry that looks like an SOP or macro but is not read, and why: the author is told once per entry. */
export interface SkippedEntry {
  /** Relative to the playbook root, with forward slashes. */
  path: string;
  reason: string;
}

/** Why an entry with an SOP's or macro's name is not read; undefined for a regular file. */
function skipReason(entry: Dirent): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink())
    return (
      'it is a symbolic link, which the playbook does not follow (it could publish a file from outside content/); put ' +
      'the file itself here'
    );
  if (entry.isDirectory()) return 'it is a folder, not a file; rename the folder, or put the SOP or macro file here';
  return 'it is not a regular file (a named pipe, socket or device); replace it with a file';
}

async function listFiles(root: string, directory: string, extensions: readonly string[], skipped: SkippedEntry[]): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!extensions.some((extension) => entry.name.endsWith(extension))) continue;
    const full = path.join(directory, entry.name);
    const reason = skipReason(entry);
    if (reason === undefined) files.push(full);
    else skipped.push({ path: path.relative(root, full).split(path.sep).join('/'), reason });
  }
  return files.sort();
}

/** The files the loader takes, and the entries left out (symbolic links, folders, pipes named like content files). */
export async function readPlaybookSources(layout: ContentLayout): Promise<PlaybookSources & { skipped: SkippedEntry[] }> {
  if (!existsSync(layout.contentDir)) {
    throw new PlaybookReadError(
      `no content folder at \`${displayPath(layout.contentDir)}\`; run the command in a playbook repository or pass --root`,
    );
  }
  const skipped: SkippedEntry[] = [];
  const sopFiles = await listFiles(layout.root, path.join(layout.contentDir, 'sops'), ['.md', '.mdx'], skipped);
  const macroFiles = await listFiles(layout.root, path.join(layout.contentDir, 'macros'), ['.md'], skipped);
  const playbook = readOptional(layout.root, path.join(layout.contentDir, 'playbook.yaml'));
  const team = readOptional(layout.root, path.join(layout.contentDir, 'team.yaml'));
  const sops = sopFiles.map((file) => readSource(layout.root, file));
  const macros = macroFiles.map((file) => readSource(layout.root, file));
  return { playbook, team, sops, macros, skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** A path as a person typed it: relative when it is below the current folder, absolute otherwise. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}
