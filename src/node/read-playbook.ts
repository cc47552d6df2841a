// Adapter: reads a playbook folder from disk into the sources the core loader takes.
import { readdir } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
function readSource(root: string, absolutePath: string, relative = fromRoot(root, absolutePath)): SourceFile {
  try {
    // Node's own UTF-8 read is one call and the fastest decoder: when its text holds no replacement character and no
    // NUL, the bytes were clean UTF-8 (a UTF-16 or UTF-32 mark, or any invalid byte, would have left one), and the text
    // is what `decodeSource` gives, but for the UTF-8 byte order mark, which Node keeps and a decoder drops.
    const text = readFileSync(absolutePath, 'utf8');
    if (!text.includes('\uFFFD') && !text.includes('\u0000')) return { path: relative, text: text.replace(/^\uFEFF/, '') };
    const { text: decoded, problems } = decodeSource(readFileSync(absolutePath));
    const file: SourceFile = { path: relative, text: decoded };
    if (problems.length > 0) file.encodingProblems = problems;
    return file;
  } catch (error) {
    throw new PlaybookReadError(`\`${relative}\` cannot be read (${errorReason(error)}); check the file and its permissions`);
  }
}

/**
 * playbook.yaml or team.yaml: undefined when there is none. A symbolic link is followed (a team file shared
 * between repositories), but only to a regular file: reading a folder fails, and a named pipe or `/dev/zero`
 * would never end.
 */
export function readConfigFile(root: string, absolutePath: string): SourceFile | undefined {
  const relative = fromRoot(root, absolutePath);
  const entry = statOrUndefined(absolutePath, lstatSync);
  if (!entry) return undefined;
  const target = entry.isSymbolicLink() ? statOrUndefined(absolutePath, statSync) : entry;
  if (!target) throw new PlaybookReadError(`\`${relative}\` is a symbolic link to a file that does not exist; put the file itself here`);
  if (!target.isFile()) throw new PlaybookReadError(`\`${relative}\` is ${kindOf(target)}, not a file; replace it with the YAML file`);
  return readSource(root, absolutePath);
}

function statOrUndefined(absolutePath: string, stat: (file: string) => Stats): Stats | undefined {
  try {
    return stat(absolutePath);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new PlaybookReadError(`\`${absolutePath}\` cannot be read (${errorReason(error)})`);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function errorReason(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

/** What a path that should be a file or a folder is instead. */
function kindOf(stats: Stats): string {
  return stats.isDirectory() ? 'a folder' : stats.isFile() ? 'a file' : 'a named pipe, socket or device';
}

function fromRoot(root: string, absolutePath: string): string {
  return path.relative(root, absolutePath).split(path.sep).join('/');
}

/** A content entry that looks like an SOP or macro but is not read, and why: the author is told once per entry. */
export interface SkippedEntry {
  /** Relative to the playbook root, with forward slashes. */
  path: string;
  reason: string;
}

/** Why an entry with an SOP's or macro's name is not read; undefined for a regular file. */
function skipReason(entry: Pick<Dirent | Stats, 'isFile' | 'isSymbolicLink' | 'isDirectory'>): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink())
    return (
      'it is a symbolic link, which the playbook does not follow (it could publish a file from outside content/); put ' +
      'the file itself here'
    );
  if (entry.isDirectory()) return 'it is a folder, not a file; rename the folder, or put the SOP or macro file here';
  return 'it is not a regular file (a named pipe, socket or device); replace it with a file';
}

/**
 * One SOP or macro read again after it was saved (`sop lint --watch`, the dev server), exactly as
 * `readPlaybookSources` reads it: decoded with its encoding problems, and skipped when it is not a regular file.
 * Undefined when it is gone.
 */
export function readContentFile(root: string, absolutePath: string): { file: SourceFile } | { skipped: SkippedEntry } | undefined {
  const entry = statOrUndefined(absolutePath, lstatSync);
  if (!entry) return undefined;
  const reason = skipReason(entry);
  if (reason !== undefined) return { skipped: { path: fromRoot(root, absolutePath), reason } };
  return { file: readSource(root, absolutePath) };
}

/** What is read from a content folder: `extensions` exactly as written; `mistaken` names an author may use for one. */
interface ContentFolder {
  name: 'sops' | 'macros';
  extensions: readonly string[];
  /** Each written extension (lower case) that is not read here, with the one to rename it to. */
  mistaken: Readonly<Record<string, string>>;
}

const sopFolder: ContentFolder = { name: 'sops', extensions: ['.md', '.mdx'], mistaken: { '.markdown': '.md' } };
const macroFolder: ContentFolder = { name: 'macros', extensions: ['.md'], mistaken: { '.mdx': '.md', '.markdown': '.md' } };

/**
 * Why an entry that is not read would be taken for content by its author, so that it is not lost silently: an
 * extension in capitals (`Refunds.MDX`, saved so on Windows or macOS), an extension this folder does not read,
 * or a folder holding such files (only the folder's own files are read).
 */
function unreadReason(entry: Dirent, directory: string, folder: ContentFolder): string | undefined {
  const lower = entry.name.toLowerCase();
  const exact = folder.extensions.find((extension) => lower.endsWith(extension));
  const stem = (extension: string) => entry.name.slice(0, -extension.length);
  if (exact) return `its extension is not in lower case, so it is not read; rename it to \`${stem(exact)}${exact}\``;
  const mistaken = Object.keys(folder.mistaken).find((extension) => lower.endsWith(extension));
  if (mistaken) {
    const read = folder.extensions.join('` and `');
    return `\`content/${folder.name}/\` reads only \`${read}\` files; rename it to \`${stem(mistaken)}${folder.mistaken[mistaken]}\``;
  }
  if (!entry.isDirectory() || entry.name.startsWith('.')) return undefined;
  let inside: string[];
  try {
    inside = readdirSync(path.join(directory, entry.name), { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(mdx?|markdown)$/i.test(name),
    );
  } catch {
    return undefined;
  }
  if (inside.length === 0) return undefined;
  return (
    `it is a folder, and files in folders inside \`content/${folder.name}/\` are not read; move its ` +
    `${inside.length === 1 ? 'file' : `${inside.length} files`} up into \`content/${folder.name}/\``
  );
}

/** A content file to read: where it is, and its path from the playbook root (as diagnostics name it). */
interface ListedFile {
  absolute: string;
  relative: string;
}

async function listFiles(root: string, contentDir: string, folder: ContentFolder, skipped: SkippedEntry[]): Promise<ListedFile[]> {
  const directory = path.join(contentDir, folder.name);
  const stats = statOrUndefined(directory, statSync);
  if (!stats) return [];
  if (!stats.isDirectory())
    throw new PlaybookReadError(
      `\`${fromRoot(root, directory)}\` is ${kindOf(stats)}, not a folder; move it aside and ` +
        `create the folder \`content/${folder.name}/\``,
    );
  const entries = await readdir(directory, { withFileTypes: true });
  // The folder's path from the root once, not one `path.relative` per file (a few tenths of a second at 25,000 files).
  const prefix = fromRoot(root, directory);
  const files: ListedFile[] = [];
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (folder.extensions.some((extension) => entry.name.endsWith(extension))) {
      const reason = skipReason(entry);
      if (reason === undefined) files.push({ absolute: full, relative: prefix === '' ? entry.name : `${prefix}/${entry.name}` });
      else skipped.push({ path: fromRoot(root, full), reason });
      continue;
    }
    const reason = unreadReason(entry, directory, folder);
    if (reason !== undefined) skipped.push({ path: fromRoot(root, full), reason });
  }
  return files.sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
}

/** The files the loader takes, and the entries left out (symbolic links, folders, pipes named like content files). */
export async function readPlaybookSources(layout: ContentLayout): Promise<PlaybookSources & { skipped: SkippedEntry[] }> {
  const contentFolder = statOrUndefined(layout.contentDir, statSync);
  if (!contentFolder?.isDirectory()) {
    throw new PlaybookReadError(
      `no content folder at \`${displayPath(layout.contentDir)}\`${contentFolder ? ' (it is a file)' : ''}; run the command in a ` +
        `playbook repository or pass --root`,
    );
  }
  const skipped: SkippedEntry[] = [];
  const sopFiles = await listFiles(layout.root, layout.contentDir, sopFolder, skipped);
  const macroFiles = await listFiles(layout.root, layout.contentDir, macroFolder, skipped);
  const playbook = readConfigFile(layout.root, path.join(layout.contentDir, 'playbook.yaml'));
  const team = readConfigFile(layout.root, path.join(layout.contentDir, 'team.yaml'));
  const sops = sopFiles.map((file) => readSource(layout.root, file.absolute, file.relative));
  const macros = macroFiles.map((file) => readSource(layout.root, file.absolute, file.relative));
  return { playbook, team, sops, macros, skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** A path as a person typed it: relative when it is below the current folder, absolute otherwise. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}
