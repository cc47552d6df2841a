// Small display helpers for pages: dates and review states in words a rep reads at a glance.
import type { ReviewState } from '../core/review.ts';
import { describeDaysLeft } from '../core/review.ts';
import { plural } from '../core/plural.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-23` -> `23 Nov 2026` (fixed, locale-free, so builds are byte-identical everywhere). */
export function displayDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return `${day} ${months[month - 1]} ${year}`;
}

export function reviewLabel(review: ReviewState): string {
  switch (review.status) {
    case 'overdue':
      return `Review overdue since ${displayDate(review.nextReview)}`;
    case 'due-soon':
      return `Review due ${describeDaysLeft(review.daysLeft)}`;
    case 'current':
      return 'Current';
    case 'exempt':
      return 'Not reviewed on a cycle';
  }
}

const statusLabels: Record<string, string> = {
  active: 'Active',
  shadow: 'Shadow (trial run)',
  retired: 'Retired',
  draft: 'Draft',
  archived: 'Archived',
};

/** SOP and macro statuses as reps read them. */
export function statusLabel(status: string): string {
  return statusLabels[status] ?? status;
}

/** `3 SOPs`, `1 macro`. */
export function countOf(count: number, noun: string): string {
  return plural(count, noun);
}

/** The review state in a few words for lists: `overdue 12 days`, `due in 3 days`, `next 1 Mar 2027`. */
export function reviewShort(review: ReviewState): string {
  switch (review.status) {
    case 'overdue':
      return `review overdue since ${displayDate(review.nextReview)}`;
    case 'due-soon':
      return `review due ${describeDaysLeft(review.daysLeft)}`;
    case 'current':
      return `next review ${displayDate(review.nextReview)}`;
    case 'exempt':
      return `last reviewed ${displayDate(review.reviewed)}`;
  }
}
