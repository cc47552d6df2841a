// Adapter: the git history of content files (who changed what, when, why), read in one `git log` call.
import { execFileSync } from 'node:child_process';

export interface HistoryEntry {
  commit: string;
  /** Author date, `YYYY-MM-DD`. */
  date: string;
  author: string;
  subject: string;
}

/** Path (relative to the root) to its commits, newest first; empty outside git. */
export function contentHistory(root: string, folder = 'content'): Map<string, HistoryEntry[]> {
  const history = new Map<string, HistoryEntry[]>();
  let output: string;
  try {
    output = execFileSync('git', ['log', '--no-merges', '--format=%x1e%H%x1f%as%x1f%an%x1f%s', '--name-only', '--', folder], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return history;
  }
  for (const record of output.split('\x1e')) {
    const [header, ...files] = record.split('\n');
    if (!header) continue;
    const [commit = '', date = '', author = '', subject = ''] = header.split('\x1f');
    for (const file of files) {
      if (!file.trim()) continue;
      history.set(file, [...(history.get(file) ?? []), { commit, date, author, subject }]);
    }
  }
  return history;
}
