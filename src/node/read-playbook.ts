// Adapter: reads a playbook folder from disk into the sources the core loader takes.
import { readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../core/model.ts';
import type { PlaybookSources } from '../core/load/load-playbook.ts';

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
  const text = readFileSync(absolutePath, 'utf8');
  return { path: path.relative(root, absolutePath).split(path.sep).join('/'), text };
}

function readOptional(root: string, absolutePath: string): SourceFile | undefined {
  return existsSync(absolutePath) ? readSource(root, absolutePath) : undefined;
}

async function listFiles(directory: string, extensions: readonly string[]): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => path.join(directory, entry.name))
    .sort();
}

export async function readPlaybookSources(layout: ContentLayout): Promise<PlaybookSources> {
  if (!existsSync(layout.contentDir)) {
    throw new PlaybookReadError(`no content folder at \`${displayPath(layout.contentDir)}\`; run the command in a playbook repository or pass --root`);
  }
  const sopFiles = await listFiles(path.join(layout.contentDir, 'sops'), ['.md', '.mdx']);
  const macroFiles = await listFiles(path.join(layout.contentDir, 'macros'), ['.md']);
  return {
    playbook: readOptional(layout.root, path.join(layout.contentDir, 'playbook.yaml')),
    team: readOptional(layout.root, path.join(layout.contentDir, 'team.yaml')),
    sops: sopFiles.map((file) => readSource(layout.root, file)),
    macros: macroFiles.map((file) => readSource(layout.root, file)),
  };
}

/** A path as a person typed it: relative when it is below the current folder, absolute otherwise. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}
