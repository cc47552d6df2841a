// Adapter: writes many small files into a site being built (the AI outputs of every SOP and macro), several at once.
// The site folder is a fresh one swapped in whole when the build is done (build-output.ts), so no file needs a write of
// its own made atomic; what matters is not waiting on each file in turn.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { forEachInParallel } from './parallel.ts';

/** Files in flight at once: enough to keep the disk busy while this process works out the next path. */
const parallelWrites = 32;

/** Writes `files` (site path such as `/sops/refunds.md` to text) under `siteFolder`; a path leaving the folder is refused. */
export async function writeSiteFiles(siteFolder: string, files: ReadonlyMap<string, string>): Promise<void> {
  const root = path.resolve(siteFolder);
  const targets = [...files].map(([sitePath, text]) => {
    const target = path.resolve(root, `.${sitePath}`);
    if (!target.startsWith(root + path.sep)) throw new Error(`\`${sitePath}\` is not a path inside the site`);
    return { target, text };
  });
  await Promise.all([...new Set(targets.map(({ target }) => path.dirname(target)))].map((folder) => mkdir(folder, { recursive: true })));
  await forEachInParallel(targets, parallelWrites, ({ target, text }) => writeFile(target, text));
}
