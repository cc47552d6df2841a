// Adapter: one hash of every file under some folders (names and bytes), for a rebuild to know whether anything they hold changed.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A SHA-1 of the files under `folders` (relative to `root`), in name order, each with its path from `root`; files
 * `skip` holds (paths from `root`, forward slashes) are left out, for the caller to hash in a finer way.
 */
export function filesDigest(root: string, folders: readonly string[], skip: ReadonlySet<string> = new Set()): string {
  const digest = createHash('sha1');
  for (const folder of folders) walk(root, path.join(root, folder), skip, digest);
  return digest.digest('hex');
}

function walk(root: string, folder: string, skip: ReadonlySet<string>, digest: Hash): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(folder, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (entry.isDirectory()) walk(root, full, skip, digest);
    else if (entry.isFile() && !skip.has(relative)) digest.update(`${relative}\0`).update(readFileSync(full)).update('\0');
  }
}
