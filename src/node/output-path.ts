// Adapter: makes a folder ready to receive output, creating what is missing, and fails fast with a plain reason when it cannot.
import { statSync } from 'node:fs';
import { access, constants, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * An output path that cannot be written: the CLI shows the message and exits 2. Not a bug to report,
 * so it carries no stack for the user.
 */
export class OutputPathError extends Error {
  readonly path: string;
  constructor(message: string, filePath: string) {
    super(message);
    this.name = 'OutputPathError';
    this.path = filePath;
  }
}

/** Whether `folder` is `parent` or inside it (both absolute). */
export const isInside = (folder: string, parent: string): boolean => folder === parent || folder.startsWith(parent + path.sep);

/**
 * Refuses an output folder that is, or holds, one of `folders` (the playbook, the folder the command started in), or lies
 * in their `content/` or `.git/`: a build replaces its output folder whole.
 */
export function refuseOutputOver(outDir: string, folders: readonly string[]): void {
  if (folders.some((folder) => isInside(path.resolve(folder), outDir)))
    throw new OutputPathError(`the output folder \`${outDir}\` holds the playbook or the current folder; pass another \`--out\``, outDir);
  // Inside them, the content and the history: `--out content` deleted every SOP and put the site in their place.
  const kept = folders.flatMap((folder) => ['content', '.git'].map((name) => path.join(path.resolve(folder), name)));
  const within = kept.find((folder) => isInside(outDir, folder));
  if (within)
    throw new OutputPathError(
      `the output folder \`${outDir}\` is ${outDir === within ? '' : 'inside '}\`${within}\`, and a build replaces its output ` +
        'folder whole with the site; pass another `--out`',
      outDir,
    );
}

/**
 * Refuses an output folder that exists as something else: a build replaces its output folder whole, so a file (or a
 * device such as `/dev/null`) at `--out` would be deleted and a folder put in its place. A symbolic link to a folder is
 * fine; a folder that is missing is created.
 */
export function refuseOutputOverFile(outDir: string): void {
  let stats;
  try {
    stats = statSync(outDir);
  } catch {
    return;
  }
  if (stats.isDirectory()) return;
  const what = stats.isFile() ? 'a file' : 'a device, pipe or socket';
  throw new OutputPathError(
    `the output folder \`${outDir}\` is ${what}, which the build would replace with the site; pass another \`--out\``,
    outDir,
  );
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

/** Why the file system refused, in words; undefined for errors that are not about the path. */
function refusalReason(code: string | undefined): string | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENOENT':
      return 'the folder does not accept new entries';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EISDIR':
      return 'a folder of that name is in the way';
    case 'ELOOP':
      return 'the path loops through symbolic links';
    default:
      return undefined;
  }
}

/** Turns a file-system error on `target` into an OutputPathError when it is about the path, else returns it unchanged. */
export function explainWriteError(error: unknown, target: string): unknown {
  const reason = refusalReason(errnoCode(error));
  return reason
    ? new OutputPathError(`cannot write \`${target}\`: ${reason}; choose another place or fix the folder's permissions`, target)
    : error;
}

/**
 * Makes sure `folder` exists and can be written, creating missing folders one level at a time, and
 * returns the folders it created, outermost first. One level at a time on purpose: Node's recursive
 * mkdir spins forever on `/proc/nope` (each attempt answers "no such file" for the folder it just
 * tried to create), which is how `--output /proc/nope/x` used to hang.
 */
export async function prepareOutputFolder(folder: string): Promise<string[]> {
  const absolute = path.resolve(folder);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      const stats = await stat(existing);
      if (!stats.isDirectory()) {
        throw new OutputPathError(
          `cannot write into \`${absolute}\`: \`${existing}\` is a file, not a folder; choose another place`,
          absolute,
        );
      }
      break;
    } catch (error) {
      if (error instanceof OutputPathError) throw error;
      const code = errnoCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw explainWriteError(error, absolute);
      const parent = path.dirname(existing);
      if (parent === existing) throw explainWriteError(error, absolute);
      missing.unshift(existing);
      existing = parent;
    }
  }
  const created: string[] = [];
  for (const entry of missing) {
    try {
      await mkdir(entry);
      created.push(entry);
    } catch (error) {
      if (errnoCode(error) === 'EEXIST' && (await stat(entry)).isDirectory()) continue;
      const reason = refusalReason(errnoCode(error)) ?? String(error);
      throw new OutputPathError(`cannot create the folder \`${entry}\`: ${reason}; choose another place`, entry);
    }
  }
  try {
    await access(absolute, constants.W_OK);
  } catch (error) {
    const reason = refusalReason(errnoCode(error)) ?? String(error);
    throw new OutputPathError(`cannot write into the folder \`${absolute}\`: ${reason}; choose another place`, absolute);
  }
  return created;
}

/** Prepares the folder that will hold `filePath`; see prepareOutputFolder. */
export function prepareOutputPath(filePath: string): Promise<string[]> {
  return prepareOutputFolder(path.dirname(path.resolve(filePath)));
}
