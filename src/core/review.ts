// Review state of an SOP or macro: next review, overdue, due soon, in the playbook's time zone.
import { parseDuration } from '../../schemas/duration.ts';
import { plural } from './plural.ts';
import { addDuration, daysBetween, formatPlainDate, parsePlainDate, type PlainDate } from './dates.ts';

export type ReviewStatus = 'overdue' | 'due-soon' | 'current' | 'exempt';

export interface ReviewState {
  status: ReviewStatus;
  reviewed: string;
  cycle: string;
  nextReview: string;
  /** Days from today to the next review: negative when overdue. */
  daysLeft: number;
}

/** Drafts, retired SOPs and archived macros are not under review: never overdue, not in the calendar. */
const statusesOutsideReview: ReadonlySet<string> = new Set(['draft', 'retired', 'archived']);

export function isUnderReview(status: string): boolean {
  return !statusesOutsideReview.has(status);
}

export interface ReviewPolicy {
  today: PlainDate;
  defaultCycle: string;
  dueSoonDays: number;
}

export interface Reviewable {
  reviewed: string;
  reviewEvery?: string | undefined;
  /** Drafts, retired SOPs and archived macros are never overdue. */
  exempt: boolean;
}

function nextReviewDate(reviewed: string, cycle: string): string | undefined {
  const date = parsePlainDate(reviewed);
  const duration = parseDuration(cycle);
  if (!date || !duration) return undefined;
  return formatPlainDate(addDuration(date, duration));
}

/** Undefined when the dates cannot be read (the schema rule reports those). */
export function reviewStateOf(item: Reviewable, policy: ReviewPolicy): ReviewState | undefined {
  const cycle = item.reviewEvery ?? policy.defaultCycle;
  const nextReview = nextReviewDate(item.reviewed, cycle);
  if (!nextReview) return undefined;
  const daysLeft = daysBetween(policy.today, parsePlainDate(nextReview)!);
  const status: ReviewStatus = item.exempt ? 'exempt' : daysLeft < 0 ? 'overdue' : daysLeft <= policy.dueSoonDays ? 'due-soon' : 'current';
  return { status, reviewed: item.reviewed, cycle, nextReview, daysLeft };
}

/** `in 3 days`, `today`, `12 days ago`: how pages and messages speak of a date. */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  const count = Math.abs(daysLeft);
  const days = plural(count, 'day');
  return daysLeft > 0 ? `in ${days}` : `${days} ago`;
}
