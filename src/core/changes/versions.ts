// Semantic versions compared the way a reader cares: did the procedure change a lot (major) or a little.

export type Bump = 'major' | 'minor' | 'patch' | 'none' | 'new';

function parts(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** The kind of change from one version to the next; `new` when there was none before. */
export function bumpKind(from: string | undefined, to: string | undefined): Bump {
  if (from === undefined) return to === undefined ? 'none' : 'new';
  if (to === undefined || from === to) return 'none';
  const [a, b] = [parts(from), parts(to)];
  if (!a || !b || a[0] !== b[0]) return 'major';
  return a[1] !== b[1] ? 'minor' : 'patch';
}

export interface VersionedSubject {
  version: string | undefined;
  subject: string;
}

/**
 * The change subjects since a reader saw version `seen`, newest first: every entry above the newest one
 * that left `seen` (entries are newest first, as git lists them). All of them when `seen` is not found.
 */
export function subjectsSince(entries: readonly VersionedSubject[], seen: string): string[] {
  const subjects: string[] = [];
  for (const entry of entries) {
    if (entry.version === seen) break;
    subjects.push(entry.subject);
  }
  return subjects;
}
