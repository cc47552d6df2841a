import { describe, expect, it } from 'vitest';
import { addDuration, dateInTimeZone, formatPlainDate, parsePlainDate, resolveToday } from '../../src/core/dates.ts';
import { parseDuration } from '../../schemas/duration.ts';

const add = (date: string, duration: string) => formatPlainDate(addDuration(parsePlainDate(date)!, parseDuration(duration)!));

describe('review-date arithmetic', () => {
  it('adds months to the same day, or the last day of a shorter month', () => {
    expect(add('2026-01-31', '1m')).toBe('2026-02-28');
    expect(add('2028-01-31', '1m')).toBe('2028-02-29');
    expect(add('2026-03-31', '1m')).toBe('2026-04-30');
    expect(add('2026-11-30', '3m')).toBe('2027-02-28');
    expect(add('2026-05-15', '18m')).toBe('2027-11-15');
  });

  it('adds years across 29 February', () => {
    expect(add('2028-02-29', '1y')).toBe('2029-02-28');
    expect(add('2028-02-29', '4y')).toBe('2032-02-29');
  });

  it('adds days and weeks across year ends and leap days', () => {
    expect(add('2026-12-25', '90d')).toBe('2027-03-25');
    expect(add('2028-02-28', '1d')).toBe('2028-02-29');
    expect(add('2026-12-31', '2w')).toBe('2027-01-14');
  });

  it('reckons the years 0 to 99 as written, not as 1900 to 1999', () => {
    expect(add('0050-01-01', '90d')).toBe('0050-04-01');
    expect(add('0000-12-25', '1w')).toBe('0001-01-01');
  });

  it('stops at 9999-12-31, the last date written YYYY-MM-DD, however long the cycle', () => {
    expect(add('2026-11-01', '9999y')).toBe('9999-12-31');
    expect(add('9999-12-31', '1d')).toBe('9999-12-31');
    expect(add('9999-06-30', '9999m')).toBe('9999-12-31');
  });

  it('rejects dates that do not exist', () => {
    expect(parsePlainDate('2026-02-29')).toBeUndefined();
    expect(parsePlainDate('2026-13-01')).toBeUndefined();
    expect(parsePlainDate('2026-1-1')).toBeUndefined();
  });

  it('reckons today in the playbook time zone', () => {
    const lateEvening = new Date('2026-11-24T03:30:00Z');
    expect(formatPlainDate(dateInTimeZone(lateEvening, 'America/New_York'))).toBe('2026-11-23');
    expect(formatPlainDate(dateInTimeZone(lateEvening, 'Europe/Berlin'))).toBe('2026-11-24');
    expect(formatPlainDate(dateInTimeZone(new Date('2026-11-23T11:00:00Z'), 'Pacific/Kiritimati'))).toBe('2026-11-24');
  });
});

describe('today', () => {
  const now = new Date('2026-11-24T03:30:00Z');

  it('is the pinned date when one is given', () => {
    expect(formatPlainDate(resolveToday('2027-01-31', now, 'UTC')!)).toBe('2027-01-31');
  });

  it('is the clock’s date in the playbook time zone otherwise', () => {
    expect(formatPlainDate(resolveToday(undefined, now, 'America/New_York')!)).toBe('2026-11-23');
    expect(formatPlainDate(resolveToday('', now, 'UTC')!)).toBe('2026-11-24');
  });

  it('is undefined for a pin that is no real date, for the caller to report', () => {
    expect(resolveToday('2026-02-30', now, 'UTC')).toBeUndefined();
  });
});
