import { describe, expect, it } from 'vitest';
import { buildReviewCalendar, windowDays } from '../../../src/core/reports/review-calendar.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { calendarPlaybook } from './fixtures.ts';

const today = parsePlainDate('2026-11-23')!;

describe('buildReviewCalendar', () => {
  it('lists every item under review with its state against the window, by next review then id', () => {
    const calendar = buildReviewCalendar(calendarPlaybook(), { today, within: '30d' });
    expect(calendar.items.map((item) => [item.kind, item.id, item.nextReview, item.daysLeft, item.state])).toEqual([
      ['sop', 'refunds', '2026-10-30', -24, 'overdue'],
      ['sop', 'chargebacks', '2026-11-30', 7, 'due'],
      ['macro', 'refund-approved', '2026-11-30', 7, 'due'],
      ['sop', 'account-recovery', '2027-06-01', 190, 'later'],
    ]);
  });

  it('fills the owner name from team.yaml and the cycle from the item or the playbook', () => {
    const calendar = buildReviewCalendar(calendarPlaybook(), { today, within: '30d' });
    expect(calendar.items[0]).toEqual({
      kind: 'sop',
      id: 'refunds',
      title: 'Refunds',
      owner: 'billing-ops',
      ownerName: 'Billing operations',
      status: 'active',
      reviewed: '2026-08-01',
      cycle: '90d',
      nextReview: '2026-10-30',
      daysLeft: -24,
      state: 'overdue',
      file: 'content/sops/refunds.mdx',
    });
    expect(calendar.items[3]?.cycle).toBe('1y');
  });

  it('leaves out drafts, retired SOPs and archived macros, and lists files that do not pass the schema', () => {
    const calendar = buildReviewCalendar(calendarPlaybook(), { today, within: '30d' });
    const ids = calendar.items.map((item) => item.id);
    expect(ids).not.toContain('new-thing');
    expect(ids).not.toContain('old-thing');
    expect(ids).not.toContain('old-reply');
    expect(calendar.unreadable).toEqual(['content/sops/broken.mdx']);
  });

  it('widens the due window with --within', () => {
    const calendar = buildReviewCalendar(calendarPlaybook(), { today, within: '1y' });
    expect(calendar.withinDays).toBe(365);
    expect(calendar.items.map((item) => item.state)).toEqual(['overdue', 'due', 'due', 'due']);
  });

  it('keeps only the items of one owner, by exact id', () => {
    const calendar = buildReviewCalendar(calendarPlaybook(), { today, within: '30d', owner: 'maya-chen' });
    expect(calendar.items.map((item) => item.id)).toEqual(['chargebacks', 'account-recovery']);
  });

  it('counts a window in calendar days', () => {
    expect(windowDays(today, '30d')).toBe(30);
    expect(windowDays(today, '2w')).toBe(14);
    expect(windowDays(today, '1m')).toBe(30);
    expect(windowDays(parsePlainDate('2026-12-23')!, '1m')).toBe(31);
    expect(windowDays(today, '30')).toBeUndefined();
    expect(windowDays(today, '4h')).toBeUndefined();
  });
});
