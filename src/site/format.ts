// Small display helpers for pages: dates and review states in words a rep reads at a glance.
import type { ReviewState } from '../core/review.ts';
import { describeDaysLeft } from '../core/review.ts';

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
