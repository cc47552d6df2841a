import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../src/core/dates.ts';
import { reviewStateOf } from '../../src/core/review.ts';

const policy = (today: string) => ({ today: parsePlainDate(today)!, defaultCycle: '90d', dueSoonDays: 14 });

describe('review state', () => {
  it('is current well before the next review', () => {
    expect(reviewStateOf({ reviewed: '2026-11-01', exempt: false }, policy('2026-11-23'))).toEqual({
      status: 'current',
      reviewed: '2026-11-01',
      cycle: '90d',
      nextReview: '2027-01-30',
      daysLeft: 68,
    });
  });

  it('is due soon within dueSoonDays, and on the day itself', () => {
    expect(reviewStateOf({ reviewed: '2026-09-01', exempt: false }, policy('2026-11-23'))!.status).toBe('due-soon');
    expect(reviewStateOf({ reviewed: '2026-08-25', exempt: false }, policy('2026-11-23'))).toMatchObject({
      status: 'due-soon',
      daysLeft: 0,
    });
  });

  it('is overdue the day after the next review', () => {
    expect(reviewStateOf({ reviewed: '2026-08-24', exempt: false }, policy('2026-11-23'))).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
    });
  });

  it('uses the SOP’s own cycle over the default', () => {
    expect(reviewStateOf({ reviewed: '2026-01-31', reviewEvery: '1m', exempt: false }, policy('2026-02-28'))).toMatchObject({
      nextReview: '2026-02-28',
      status: 'due-soon',
    });
  });

  it('reads a cycle reaching past 9999 as a review on 9999-12-31, not as a rule failure', () => {
    expect(reviewStateOf({ reviewed: '2026-11-01', reviewEvery: '9999y', exempt: false }, policy('2026-11-23'))).toMatchObject({
      status: 'current',
      nextReview: '9999-12-31',
    });
  });

  it('never makes drafts or retired SOPs overdue', () => {
    expect(reviewStateOf({ reviewed: '2020-01-01', exempt: true }, policy('2026-11-23'))!.status).toBe('exempt');
  });
});
