// Adapter: the caches' files (the lint cache, the kept report, the diagram verdicts), read only when this user wrote
// them and written whole or not at all.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A cache file's text when this user owns it, else undefined (none yet, unreadable, or another user's). Without
 * node_modules the caches live in the system's temp folder, where another user could put a file first: its findings,
 * verdicts or report must never be taken for this user's.
 */
export function readCacheFile(file: string): string | undefined {
  try {
    if (process.getuid && statSync(file).uid !== process.getuid()) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file whole or not at all (a temp file beside it, then renamed), creating its folder; says whether it
 * did. A cache that cannot be written is no error: the next run only does more work.
 */
export function writeCacheFile(file: string, text: string): boolean {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself cannot be written: no temp file was left there.
    }
    return false;
  }
}
