// Adapter: writes a text file atomically (temp file in the same folder, then rename or link), never clobbering unless asked.
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

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

async function writeTemp(target: string, text: string | Uint8Array): Promise<string> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/**
 * Writes `text` to `filePath`: readers see the old file or the whole new one, never half of it.
 * Without `overwrite`, a hard link publishes the temp file, which fails if the target appeared
 * meanwhile, so two writers can never both win; file systems without hard links fall back to
 * an exclusive create of the target.
 */
export async function writeFileAtomic(filePath: string, text: string | Uint8Array, options: WriteFileAtomicOptions): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const temp = await writeTemp(filePath, text);
  try {
    if (options.overwrite) {
      await rename(temp, filePath);
      return;
    }
    try {
      await link(temp, filePath);
    } catch (error) {
      if (isErrno(error, 'EEXIST')) throw new FileExistsError(filePath);
      if (!isErrno(error, 'EPERM') && !isErrno(error, 'ENOTSUP') && !isErrno(error, 'EXDEV')) throw error;
      await writeExclusive(filePath, text);
    }
    await unlink(temp);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
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
    throw error;
  }
}
