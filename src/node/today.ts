// Adapter: today for the site and dev-mode lint, which have no flags: `SOP_TODAY`, else the clock.
import { resolveToday, type PlainDate } from '../core/dates.ts';

export function todayFromEnvironment(timeZone: string): PlainDate {
  const today = resolveToday(process.env.SOP_TODAY, new Date(), timeZone);
  if (!today) throw new Error(`SOP_TODAY must be a real date written YYYY-MM-DD; got \`${process.env.SOP_TODAY}\``);
  return today;
}
