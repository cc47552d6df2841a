// What changed in the playbook, from git history already read for the History sections: one entry per
// commit and document, with the version before and after and the kind of bump, grouped by week.
import { addDays, formatPlainDate, parsePlainDate } from '../dates.ts';
import { bumpKind, type Bump } from './versions.ts';

/** One commit to one file, newest first in its list (the shape `src/node/git-history.ts` reads). */
export interface FileCommit {
  commit: string;
  /** `YYYY-MM-DD`, the author date. */
  date: string;
  /** Strict ISO 8601 author time, when known. */
  timestamp?: string | undefined;
  author: string;
  subject: string;
  /** The file's version after this commit. */
  version: string | undefined;
}

export interface TrackedDocument {
  kind: 'sop' | 'macro';
  id: string;
  title: string;
  /** Path relative to the playbook root, as git names it (`content/sops/refunds.mdx`). */
  path: string;
}

export interface PlaybookChange {
  document: TrackedDocument;
  commit: string;
  date: string;
  /** ISO 8601 time of the change; midnight UTC of `date` when git gave no time. */
  timestamp: string;
  author: string;
  subject: string;
  from: string | undefined;
  to: string | undefined;
  bump: Bump;
}

/** Every change to the given documents, newest first (ties: SOPs before macros, then by id). */
export function playbookChanges(
  documents: readonly TrackedDocument[],
  historyOf: (path: string) => readonly FileCommit[],
  limit = Infinity,
): PlaybookChange[] {
  const changes: PlaybookChange[] = [];
  for (const document of documents) {
    const history = historyOf(document.path);
    history.forEach((entry, index) => {
      const from = history[index + 1]?.version;
      changes.push({
        document,
        commit: entry.commit,
        date: entry.date,
        timestamp: entry.timestamp ?? `${entry.date}T00:00:00Z`,
        author: entry.author,
        subject: entry.subject,
        from,
        to: entry.version,
        bump: index === history.length - 1 ? 'new' : bumpKind(from, entry.version),
      });
    });
  }
  changes.sort(
    (a, b) =>
      compare(instant(b.timestamp), instant(a.timestamp)) ||
      compare(b.date, a.date) ||
      compare(b.document.kind, a.document.kind) ||
      compare(a.document.id, b.document.id),
  );
  return changes.slice(0, limit);
}

export interface ChangeWeek {
  /** Monday of the (ISO) week, `YYYY-MM-DD`. */
  week: string;
  changes: PlaybookChange[];
}

/** Consecutive changes grouped under the Monday of their week; keeps the order it is given. */
export function changesByWeek(changes: readonly PlaybookChange[]): ChangeWeek[] {
  const weeks: ChangeWeek[] = [];
  for (const change of changes) {
    const week = mondayOf(change.date);
    const last = weeks.at(-1);
    if (last?.week === week) last.changes.push(change);
    else weeks.push({ week, changes: [change] });
  }
  return weeks;
}

/** The Monday on or before a `YYYY-MM-DD` date. */
export function mondayOf(date: string): string {
  const plain = parsePlainDate(date);
  if (!plain) return date;
  const weekday = new Date(Date.UTC(plain.year, plain.month - 1, plain.day)).getUTCDay();
  return formatPlainDate(addDays(plain, -((weekday + 6) % 7)));
}

function instant(timestamp: string): number {
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? 0 : time;
}

function compare<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
