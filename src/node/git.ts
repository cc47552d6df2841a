// Adapter: what the core asks of git (file at the base, a file's history), read with the git command.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitBaseReader } from '../core/lint/rule.ts';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

export function isGitRepository(root: string): boolean {
  return git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() === 'true';
}

/** The folder's path inside its git repository (`docs/playbook`, `''` at the top), or undefined outside git. */
export function repositoryPath(root: string): string | undefined {
  return git(root, ['rev-parse', '--show-prefix'])?.trim().replace(/\/$/, '');
}

/** A reader of files at `base` (default HEAD); undefined outside git or when the base does not resolve. */
export function gitBaseReader(root: string, base = 'HEAD'): GitBaseReader | undefined {
  if (!isGitRepository(root)) return undefined;
  const commit = git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`])?.trim();
  if (!commit) return undefined;
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  let unchanged: ReadonlySet<string> | undefined;
  return {
    base,
    readAtBase(path) {
      unchanged ??= unchangedSince(root, commit);
      if (unchanged.has(path)) {
        try {
          return readFileSync(join(root, path), 'utf8');
        } catch {
          // Listed by git but unreadable now: ask git for the base copy instead.
        }
      }
      return git(root, ['show', `${commit}:${prefix}${path}`]);
    },
  };
}

/**
 * Files under `root` that are the same on disk as at `commit`, from one `ls-tree` and one `diff`: a
 * playbook of a thousand SOPs then needs a `git show` only for the few files a change touched.
 */
function unchangedSince(root: string, commit: string): ReadonlySet<string> {
  const tracked = git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', '.']);
  const changed = git(root, ['diff', '--name-only', '-z', '--relative', '--no-renames', commit, '--', '.']);
  if (tracked === undefined || changed === undefined) return new Set();
  const changedPaths = new Set(changed.split('\0'));
  return new Set(tracked.split('\0').filter((path) => path !== '' && !changedPaths.has(path)));
}
