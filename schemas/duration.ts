// Durations as managers write them: `90d`, `6w`, `3m`, `1y` for review cycles, plus `4h`, `30min` for SLAs.
import { z } from './zod.ts';

export type CalendarUnit = 'd' | 'w' | 'm' | 'y';
export type ClockUnit = 'min' | 'h';
export type DurationUnit = CalendarUnit | ClockUnit;

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export const calendarDurationPattern = /^([1-9]\d{0,3})(d|w|m|y)$/;
const slaDurationPattern = /^([1-9]\d{0,4})(min|h|d|w|m|y)$/;

/** A review cycle: days, weeks, months or years. Stored as written so JSON Schema can describe it. */
export const reviewCycleSchema = z.string().regex(calendarDurationPattern, {
  error: 'must be a review cycle such as `90d`, `6w`, `3m` or `1y`',
});

/** An SLA time box: minutes and hours as well as calendar units. */
export const slaDurationSchema = z.string().regex(slaDurationPattern, {
  error: 'must be a duration such as `30min`, `4h`, `2d` or `1w`',
});

export function parseDuration(text: string): Duration | undefined {
  const match = slaDurationPattern.exec(text.trim());
  if (!match) return undefined;
  return { amount: Number(match[1]), unit: match[2] as DurationUnit };
}

const minutesPerUnit: Record<DurationUnit, number> = {
  min: 1,
  h: 60,
  d: 60 * 24,
  w: 60 * 24 * 7,
  m: 60 * 24 * 30,
  y: 60 * 24 * 365,
};

/** Approximate length in minutes, for ordering and comparing SLA time boxes (months count as 30 days). */
export function durationToMinutes(duration: Duration): number {
  return duration.amount * minutesPerUnit[duration.unit];
}

const unitWords: Record<DurationUnit, [string, string]> = {
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  w: ['week', 'weeks'],
  m: ['month', 'months'],
  y: ['year', 'years'],
};

/** `4h` -> `4 hours`, for pages and reports. */
export function describeDuration(text: string): string {
  const duration = parseDuration(text);
  if (!duration) return text;
  const [one, many] = unitWords[duration.unit];
  return `${duration.amount} ${duration.amount === 1 ? one : many}`;
}
