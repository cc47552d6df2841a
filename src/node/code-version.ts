// Adapter: a hash of the code that turns content into output (files under some folders of this package, and the lockfile),
// so a cache of such output is dropped when the code or a dependency changed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesDigest } from './files-digest.ts';

export function codeVersion(packageRoot: string, folders: readonly string[]): string {
  const lockfile = path.join(packageRoot, 'package-lock.json');
  return createHash('sha1')
    .update(filesDigest(packageRoot, folders))
    .update(existsSync(lockfile) ? readFileSync(lockfile) : '')
    .digest('hex');
}
