// Adapter: one build at a time per output folder, written beside it and swapped in whole, so a reader never sees a mixed site.
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { refuseOutputOverFile } from './output-path.ts';

/** Another build holds the output folder: the command stops with exit 2 and this message. */
export class BuildBusyError extends Error {
  override name = 'BuildBusyError';
}

function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `dist.lock` beside `dist/`: outside the folder that gets published and swapped. */
const lockFileOf = (outDir: string) => `${outDir}.lock`;

/**
 * Takes the output folder's lock, or throws BuildBusyError naming the build that holds it. A lock
 * left by a build that was killed (its process is gone) is taken over.
 */
async function takeLock(outDir: string): Promise<() => Promise<void>> {
  const lockFile = lockFileOf(outDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => unlink(lockFile).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (processIsAlive(holder)) {
        throw new BuildBusyError(
          `another build is running in \`${outDir}\` (process ${holder}); wait for it to finish, or build elsewhere with --out`,
        );
      }
      await unlink(lockFile).catch(() => undefined);
    }
  }
  throw new BuildBusyError(`another build keeps taking \`${outDir}\`; wait for it to finish, or build elsewhere with --out`);
}

/** `.dist.building-<pid>-<hex>` and `.dist.old-<pid>-<hex>`: hidden siblings, so they stay out of the way. */
const siblingPattern = (outDir: string) => new RegExp(`^\\.${escapeRegExp(path.basename(outDir))}\\.(building|old)-(\\d+)-[0-9a-f]{8}$`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes what killed builds left beside the output folder (their process is gone). */
async function removeLeftovers(outDir: string): Promise<void> {
  const pattern = siblingPattern(outDir);
  for (const name of await readdir(path.dirname(outDir)).catch(() => [] as string[])) {
    const match = pattern.exec(name);
    if (match && !processIsAlive(Number(match[2]))) await rm(path.join(path.dirname(outDir), name), { recursive: true, force: true });
  }
}

/**
 * Runs `build` into a fresh folder beside `outDir` and swaps the result in with two renames, under a
 * lock on `outDir`: a second build at the same time stops with a clear message instead of indexing
 * the first one's half-written pages, and a build that fails or is killed leaves the old site as it was.
 */
export async function buildIntoFolder(outDir: string, build: (folder: string) => Promise<void>): Promise<void> {
  refuseOutputOverFile(outDir);
  const release = await takeLock(outDir);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const fresh = path.join(path.dirname(outDir), `.${path.basename(outDir)}.building-${suffix}`);
  const old = path.join(path.dirname(outDir), `.${path.basename(outDir)}.old-${suffix}`);
  try {
    await removeLeftovers(outDir);
    await build(fresh);
    const hadSite = await stat(outDir).then(
      () => true,
      () => false,
    );
    if (hadSite) await rename(outDir, old);
    await rename(fresh, outDir);
    if (hadSite) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(fresh, { recursive: true, force: true });
    await release();
  }
}
