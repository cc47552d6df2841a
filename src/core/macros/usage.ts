// How often a macro is used per quarter (91 days), from a hand count or imported help-desk counters; lint and the registry page agree
// on it.
import type { MacroUsage } from '../../../schemas/macro.ts';
import { daysBetween, parsePlainDate, type PlainDate } from '../dates.ts';

const daysPerQuarter = 91;

/**
 * `count` since `since` scaled to a quarter (a count without `since` is taken as per quarter);
 * else Zendesk's counters, the longest window first. Undefined when nothing was counted.
 */
export function usagePerQuarter(usage: MacroUsage, today: PlainDate): number | undefined {
  if (usage.count !== undefined) {
    const since = usage.since === undefined ? undefined : parsePlainDate(usage.since);
    if (!since) return usage.count;
    // A count started today (or dated in the future) covers at least one day, never zero.
    const days = Math.max(1, daysBetween(since, today));
    return (usage.count * daysPerQuarter) / days;
  }
  if (usage.usage_30d !== undefined) return usage.usage_30d * 3;
  if (usage.usage_7d !== undefined) return usage.usage_7d * 13;
  if (usage.usage_24h !== undefined) return usage.usage_24h * daysPerQuarter;
  return undefined;
}
