// Adapter: today for the site and dev-mode lint: the pinned `YYYY-MM-DD` they were given, else the clock.
import { resolveToday, type PlainDate } from '../core/dates.ts';

/** Today from a pinned date (`SOP_TODAY`, `--today`) when given, else the clock in the playbook's time zone. */
export function todayFrom(pinned: string | undefined, timeZone: string): PlainDate {
  const today = resolveToday(pinned, new Date(), timeZone);
  if (!today) throw new Error(`SOP_TODAY must be a real date written YYYY-MM-DD; got \`${pinned}\``);
  return today;
}
