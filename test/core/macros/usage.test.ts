import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { usagePerQuarter } from '../../../src/core/macros/usage.ts';

const today = parsePlainDate('2026-11-23')!;

describe('usagePerQuarter', () => {
  it('scales a count since a date to 91 days', () => {
    expect(usagePerQuarter({ count: 4, since: '2026-08-24' }, today)).toBe(4);
    expect(usagePerQuarter({ count: 2, since: '2026-01-01' }, today)).toBeCloseTo((2 * 91) / 326, 10);
  });

  it('takes a count without a date as uses per quarter', () => {
    expect(usagePerQuarter({ count: 3 }, today)).toBe(3);
  });

  it('counts a window started today as one day', () => {
    expect(usagePerQuarter({ count: 1, since: '2026-11-23' }, today)).toBe(91);
    expect(usagePerQuarter({ count: 1, since: '2027-01-01' }, today)).toBe(91);
  });

  it('prefers the longest Zendesk counter', () => {
    expect(usagePerQuarter({ usage_30d: 2, usage_7d: 100, usage_24h: 100 }, today)).toBe(6);
    expect(usagePerQuarter({ usage_7d: 1, usage_24h: 100 }, today)).toBe(13);
    expect(usagePerQuarter({ usage_24h: 1 }, today)).toBe(91);
  });

  it('prefers a hand count over Zendesk counters', () => {
    expect(usagePerQuarter({ count: 7, usage_30d: 100 }, today)).toBe(7);
  });

  it('knows nothing from an hourly counter or an empty record', () => {
    expect(usagePerQuarter({ usage_1h: 4 }, today)).toBeUndefined();
    expect(usagePerQuarter({}, today)).toBeUndefined();
  });
});
