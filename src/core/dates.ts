// Plain calendar dates (`YYYY-MM-DD`) and their arithmetic, free of time zones once "today" is known.
import type { Duration } from '../../schemas/duration.ts';

export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parsePlainDate(text: string): PlainDate | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return undefined;
  }
  return date;
}

export function formatPlainDate(date: PlainDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The last date written `YYYY-MM-DD`: arithmetic stops there (`reviewEvery: 9999y` means "in 9999-12-31", not a crash). */
const lastDate: PlainDate = { year: 9999, month: 12, day: 31 };

function toDayNumber(date: PlainDate): number {
  // `setUTCFullYear`, not `Date.UTC`, which reads the years 0 to 99 as 1900 to 1999.
  const instant = new Date(0);
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return instant.getTime() / 86_400_000;
}

function fromDayNumber(dayNumber: number): PlainDate {
  if (dayNumber > toDayNumber(lastDate)) return { ...lastDate };
  const date = new Date(dayNumber * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds months the way people mean it: the same day of the month, or the month's last day when
 * it has no such day (`2026-01-31 + 1m` is `2026-02-28`, `2028-01-31 + 1m` is `2028-02-29`).
 */
function addMonths(date: PlainDate, months: number): PlainDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  if (year > lastDate.year) return { ...lastDate };
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Calendar arithmetic for review cycles; hours and minutes round up to whole days. */
export function addDuration(date: PlainDate, duration: Duration): PlainDate {
  switch (duration.unit) {
    case 'd':
      return addDays(date, duration.amount);
    case 'w':
      return addDays(date, duration.amount * 7);
    case 'm':
      return addMonths(date, duration.amount);
    case 'y':
      return addMonths(date, duration.amount * 12);
    case 'h':
      return addDays(date, Math.ceil(duration.amount / 24));
    case 'min':
      return addDays(date, Math.ceil(duration.amount / 1440));
  }
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Today as the playbook reckons it: a pinned `YYYY-MM-DD` (`--today`, `SOP_TODAY`) when given, else the
 * clock's date in the playbook's time zone. Undefined when the pin is no real date, for the caller to report.
 */
export function resolveToday(pinned: string | undefined, now: Date, timeZone: string): PlainDate | undefined {
  return pinned === undefined || pinned === '' ? dateInTimeZone(now, timeZone) : parsePlainDate(pinned);
}

/** The calendar date at `instant` in an IANA time zone: "today" as the support team reckons it. */
export function dateInTimeZone(instant: Date, timeZone: string): PlainDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
