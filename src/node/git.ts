// Adapter: what the core asks of git (file at the base, a file's history), read with the git command.
import { execFileSync } from 'node:child_process';
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

/** A reader of files at `base` (default HEAD); undefined outside git or when the base does not resolve. */
export function gitBaseReader(root: string, base = 'HEAD'): GitBaseReader | undefined {
  if (!isGitRepository(root)) return undefined;
  const commit = git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`])?.trim();
  if (!commit) return undefined;
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  return {
    base,
    readAtBase(path) {
      return git(root, ['show', `${commit}:${prefix}${path}`]);
    },
  };
}
