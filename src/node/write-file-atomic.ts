// Adapter: writes a text file atomically (temp file in the same folder, then rename or link), never clobbering unless asked.
import { link, open, readdir, readlink, rename, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { explainWriteError, OutputPathError, prepareOutputPath } from './output-path.ts';

/** Thrown when the target exists and `overwrite` is false; the existing file is left untouched. */
export class FileExistsError extends Error {
  readonly path: string;
  constructor(filePath: string) {
    super(`\`${filePath}\` already exists`);
    this.name = 'FileExistsError';
    this.path = filePath;
  }
}

export interface WriteFileAtomicOptions {
  overwrite: boolean;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/** This tool's temp files: `.<name>.<pid>.<8 hex>.tmp` beside the file being written. */
const tempFilePattern = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Whether a file name is one of this tool's temp files, which every reader skips. */
export function isTempFileName(name: string): boolean {
  return tempFilePattern.test(name);
}

/** A temp file this old belongs to no write in progress, even when its process id has been reused. */
const staleAfterMs = 10 * 60 * 1000;

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}

/**
 * Removes temp files that a killed write left in `folder` (`kill -9` between the temp file and the
 * rename): those of a process that is gone, or older than any write takes. Best effort: a file that
 * cannot be removed is left for the next write.
 */
export async function removeStaleTempFiles(folder: string, now = Date.now()): Promise<string[]> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of entries) {
    const match = tempFilePattern.exec(name);
    if (!match) continue;
    const file = path.join(folder, name);
    const alive = processIsAlive(Number(match[2]));
    if (alive) {
      const modified = await stat(file).then(
        (stats) => stats.mtimeMs,
        () => now,
      );
      if (now - modified < staleAfterMs) continue;
    }
    if (
      await unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}

async function writeTemp(target: string, text: string | Uint8Array): Promise<string> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    return await writeTempFile(temp, text);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw explainWriteError(error, target);
  }
}

async function writeTempFile(temp: string, text: string | Uint8Array): Promise<string> {
  const handle = await open(temp, 'wx');
  try {
    await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

const cleanedFolders = new Set<string>();

export interface WriteFileAtomicResult {
  /** Folders that did not exist and were created for the file, outermost first: commands say so. */
  createdFolders: string[];
}

/**
 * Writes `text` to `filePath`: readers see the old file or the whole new one, never half of it.
 * Without `overwrite`, a hard link publishes the temp file, which fails if the target appeared
 * meanwhile, so two writers can never both win; file systems without hard links fall back to
 * an exclusive create of the target. A folder that cannot hold the file fails fast with an
 * OutputPathError; stale temp files of earlier, killed writes in the folder are removed first.
 */
export async function writeFileAtomic(
  filePath: string,
  text: string | Uint8Array,
  options: WriteFileAtomicOptions,
): Promise<WriteFileAtomicResult> {
  await refuseSpecialFile(filePath);
  const createdFolders = await prepareOutputPath(filePath);
  const folder = path.dirname(path.resolve(filePath));
  // Once per folder and process: an import of thousands of files lists its folder once, not per file.
  if (!cleanedFolders.has(folder)) {
    cleanedFolders.add(folder);
    await removeStaleTempFiles(folder);
  }
  const temp = await writeTemp(filePath, text);
  try {
    if (options.overwrite) {
      await rename(temp, filePath).catch((error: unknown) => {
        throw explainWriteError(error, filePath);
      });
      return { createdFolders };
    }
    try {
      await link(temp, filePath);
    } catch (error) {
      if (isErrno(error, 'EEXIST')) throw new FileExistsError(filePath);
      if (!isErrno(error, 'EPERM') && !isErrno(error, 'ENOTSUP') && !isErrno(error, 'EXDEV')) throw error;
      await writeExclusive(filePath, text);
    }
    await unlink(temp);
    return { createdFolders };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * A device, pipe or socket (`--output /dev/stdout`, `/dev/null`) is not a file to replace: the rename would put a plain
 * file in its place (as root, in `/dev` itself), and without `--force` the command would offer to do just that.
 */
async function refuseSpecialFile(filePath: string): Promise<void> {
  // `/dev/stdout` is a link to `/proc/self/fd/1`, which, with stdout redirected to a file, stats as that plain file: a
  // link into `/dev` or `/proc` is refused before it is followed.
  const link = await readlink(filePath).catch(() => undefined);
  const intoSystem = link !== undefined && /^\/(?:dev|proc)\//.test(path.resolve(path.dirname(path.resolve(filePath)), link));
  if (!intoSystem) {
    const stats = await stat(filePath).catch(() => undefined);
    if (!stats || stats.isFile() || stats.isDirectory()) return;
  }
  throw new OutputPathError(
    `cannot write \`${filePath}\`: it is a device, pipe or socket, not a file; name a file (without an output file, ` +
      'a report is printed)',
    filePath,
  );
}

async function writeExclusive(filePath: string, text: string | Uint8Array): Promise<void> {
  try {
    const handle = await open(filePath, 'wx');
    try {
      await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isErrno(error, 'EEXIST')) throw new FileExistsError(filePath);
    throw explainWriteError(error, filePath);
  }
}
