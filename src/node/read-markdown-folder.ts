// Adapter: reads every Markdown document under a folder, recursively, for `sop import markdown`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportSource } from '../core/authoring/import/source.ts';
import { decodeForeignText } from '../core/load/encoding.ts';

const markdownExtensions = ['.md', '.markdown', '.mdx'];
/** Tooling folders hold no documents worth importing. */
const skippedFolders = new Set(['node_modules']);

async function walk(folder: string, found: string[], extensions: readonly string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) await walk(full, found, extensions);
    } else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase())) {
      found.push(full);
    }
  }
}

/** Documents by path inside `folder`, with forward slashes, sorted. */
export function readMarkdownFolder(folder: string): Promise<ImportSource[]> {
  return readSourceFolder(folder, markdownExtensions);
}

/** Files with one of `extensions` under `folder`, recursively, by path with forward slashes, sorted. */
export async function readSourceFolder(folder: string, extensions: readonly string[]): Promise<ImportSource[]> {
  const files: string[] = [];
  await walk(folder, files, extensions);
  const sources = await Promise.all(
    files.map(async (file): Promise<ImportSource> => {
      const sourcePath = path.relative(folder, file).split(path.sep).join('/');
      const decoded = decodeForeignText(await readFile(file));
      if ('binary' in decoded)
        return { path: sourcePath, text: '', unreadable: { kind: 'binary', message: 'not a text file (it holds NUL bytes)' } };
      return { path: sourcePath, text: decoded.text, encoding: decoded.encoding };
    }),
  );
  return sources.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** SOP ids of the `.md` and `.mdx` files directly in a folder, to their paths; empty when the folder does not exist. */
export async function sopFilesIn(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const ids = new Map<string, string>();
  for (const entry of entries) {
    if (entry.isFile() && /\.mdx?$/.test(entry.name)) ids.set(entry.name.replace(/\.mdx?$/, ''), path.join(folder, entry.name));
  }
  return ids;
}
