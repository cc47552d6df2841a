import { describe, expect, it } from 'vitest';
import { changesByWeek, mondayOf, playbookChanges, type FileCommit, type TrackedDocument } from '../../../src/core/changes/change-log.ts';
import { bumpKind, subjectsSince } from '../../../src/core/changes/versions.ts';

const refunds: TrackedDocument = { kind: 'sop', id: 'refunds', title: 'Refunds', path: 'content/sops/refunds.mdx' };
const reply: TrackedDocument = {
  kind: 'macro',
  id: 'refund-approved',
  title: 'Refund approved',
  path: 'content/macros/refund-approved.md',
};
const commit = (commit: string, date: string, subject: string, version?: string): FileCommit => ({
  commit,
  date,
  timestamp: `${date}T10:00:00+00:00`,
  author: 'Maya Chen',
  subject,
  version,
});

const history: Record<string, FileCommit[]> = {
  [refunds.path]: [
    commit('c4', '2026-11-20', 'Refunds: managers approve above 500 USD', '5.0.0'),
    commit('c3', '2026-11-16', 'Refunds: typo', '4.2.1'),
    commit('c2', '2026-11-02', 'Refunds: name the tool', '4.2.0'),
    commit('c1', '2026-10-01', 'Add refunds', '4.1.0'),
  ],
  [reply.path]: [commit('c3', '2026-11-16', 'Reply: warmer'), commit('c0', '2026-09-01', 'Add the reply')],
};

describe('playbook changes', () => {
  it('lists every change newest first with versions before and after and the kind of bump', () => {
    const changes = playbookChanges([reply, refunds], (path) => history[path] ?? []);
    expect(changes.map((change) => [change.document.id, change.commit, change.from, change.to, change.bump])).toEqual([
      ['refunds', 'c4', '4.2.1', '5.0.0', 'major'],
      ['refunds', 'c3', '4.2.0', '4.2.1', 'patch'],
      ['refund-approved', 'c3', undefined, undefined, 'none'],
      ['refunds', 'c2', '4.1.0', '4.2.0', 'minor'],
      ['refunds', 'c1', undefined, '4.1.0', 'new'],
      ['refund-approved', 'c0', undefined, undefined, 'new'],
    ]);
    expect(playbookChanges([refunds], (path) => history[path] ?? [], 2)).toHaveLength(2);
  });

  it('groups changes by the Monday of their week', () => {
    const weeks = changesByWeek(playbookChanges([refunds, reply], (path) => history[path] ?? []));
    expect(weeks.map(({ week, changes }) => [week, changes.length])).toEqual([
      ['2026-11-16', 3],
      ['2026-11-02', 1],
      ['2026-09-28', 1],
      ['2026-08-31', 1],
    ]);
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });

  it('names the kind of bump between two versions', () => {
    expect(bumpKind('4.2.0', '5.0.0')).toBe('major');
    expect(bumpKind('4.2.0', '4.3.0')).toBe('minor');
    expect(bumpKind('4.2.0', '4.2.1')).toBe('patch');
    expect(bumpKind('4.2.0', '4.2.0')).toBe('none');
    expect(bumpKind(undefined, '1.0.0')).toBe('new');
  });

  it('lists the subjects since a version a reader saw', () => {
    const entries = history[refunds.path]!;
    expect(subjectsSince(entries, '4.2.0')).toEqual(['Refunds: managers approve above 500 USD', 'Refunds: typo']);
    expect(subjectsSince(entries, '0.1.0')).toHaveLength(4);
  });
});
