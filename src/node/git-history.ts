// Adapter: the git history of content files (who changed what, when, why, and the version each change
// left), read in two `git log` calls for the whole playbook, never one per file.
import { execFileSync } from 'node:child_process';

export interface HistoryEntry {
  commit: string;
  /** Author date, `YYYY-MM-DD`. */
  date: string;
  /** Author time, strict ISO 8601 (`2026-03-15T10:00:00+00:00`): the Atom feed's dates. */
  timestamp: string;
  author: string;
  subject: string;
  /** The file's `version:` after this commit, when its history shows one. */
  version: string | undefined;
}

function gitLog(root: string, args: string[]): string | undefined {
  try {
    // `--relative` keeps paths relative to the playbook root even when it is a subfolder of the repository.
    return execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--no-merges', '--relative', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** Path (relative to the root) to its commits, newest first; empty outside git. */
export function contentHistory(root: string, folder = 'content'): Map<string, HistoryEntry[]> {
  const history = new Map<string, HistoryEntry[]>();
  const output = gitLog(root, ['--format=%x1e%H%x1f%as%x1f%aI%x1f%an%x1f%s', '--name-only', '--', folder]);
  if (output === undefined) return history;
  for (const record of output.split('\x1e')) {
    const [header, ...files] = record.split('\n');
    if (!header) continue;
    const [commit = '', date = '', timestamp = '', author = '', subject = ''] = header.split('\x1f');
    for (const file of files) {
      if (!file.trim()) continue;
      let entries = history.get(file);
      if (!entries) history.set(file, (entries = []));
      entries.push({ commit, date, timestamp, author, subject, version: undefined });
    }
  }
  const versions = versionChanges(root, folder);
  for (const [file, entries] of history) {
    const setBy = versions.get(file);
    if (!setBy) continue;
    let current: string | undefined;
    for (let index = entries.length - 1; index >= 0; index--) {
      const entry = entries[index]!;
      current = setBy.get(entry.commit) ?? current;
      entry.version = current;
    }
  }
  return history;
}

const addedVersionLine = /^\+version:\s*["']?([^"'\s#]+)/;

/** File to (commit to the version that commit wrote), from the `+version:` lines of one pickaxe log. */
function versionChanges(root: string, folder: string): Map<string, Map<string, string>> {
  const changes = new Map<string, Map<string, string>>();
  const output = gitLog(root, ['--format=%x1e%H', '-p', '-U0', '--no-color', '--no-ext-diff', '-G^version:', '--', folder]);
  if (output === undefined) return changes;
  for (const record of output.split('\x1e')) {
    const lines = record.split('\n');
    const commit = lines[0]?.trim();
    if (!commit) continue;
    let file: string | undefined;
    for (const line of lines) {
      if (line.startsWith('+++ ')) {
        file = line.startsWith('+++ b/') ? line.slice(6) : undefined;
        continue;
      }
      const match = file ? addedVersionLine.exec(line) : null;
      if (!match || !file) continue;
      let byCommit = changes.get(file);
      if (!byCommit) changes.set(file, (byCommit = new Map<string, string>()));
      if (!byCommit.has(commit)) byCommit.set(commit, match[1]!);
    }
  }
  return changes;
}
