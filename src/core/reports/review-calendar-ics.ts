// The review calendar as an iCalendar file (RFC 5545) that a manager can import or subscribe to: one all-day event per review.
import { addDays, parsePlainDate, formatPlainDate } from '../dates.ts';
import { escapeText, icsText } from './ics-text.ts';
import type { ReviewCalendar, ReviewCalendarItem } from './review-calendar.ts';

export interface IcsOptions {
  /** Only reviews overdue or due within the window; otherwise every review, later ones included. */
  onlyDue: boolean;
}

function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

function event(item: ReviewCalendarItem, stamp: string): string[] {
  const what = item.kind === 'sop' ? 'SOP' : 'macro';
  const dayAfter = formatPlainDate(addDays(parsePlainDate(item.nextReview)!, 1));
  const description = [
    `Review the ${what} "${item.title}" (${item.id}) and update \`reviewed\`.`,
    `Owner: ${item.ownerName} (${item.owner})`,
    `File: ${item.file}`,
    `Last reviewed ${item.reviewed}, every ${item.cycle}.`,
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    // Stable across runs and days, and new once the item is reviewed, so calendars update rather than duplicate.
    `UID:${item.kind}-${item.id}-${item.nextReview}@sop-playbook`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(item.nextReview)}`,
    // On 9999-12-31 there is no day after; an all-day event without DTEND lasts that one day (RFC 5545).
    ...(dayAfter === item.nextReview ? [] : [`DTEND;VALUE=DATE:${icsDate(dayAfter)}`]),
    `SUMMARY:${escapeText(`Review: ${item.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(item.kind === 'sop' ? 'SOP review' : 'Macro review')}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function formatReviewCalendarIcs(calendar: ReviewCalendar, options: IcsOptions): string {
  // DTSTAMP must be UTC date-time; deriving it from today keeps the output reproducible.
  const stamp = `${icsDate(calendar.today)}T000000Z`;
  const items = options.onlyDue ? calendar.items.filter((item) => item.state !== 'later') : calendar.items;
  return icsText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sop-playbook//Review calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${calendar.playbookTitle}: reviews`)}`,
    ...items.flatMap((item) => event(item, stamp)),
    'END:VCALENDAR',
  ]);
}
