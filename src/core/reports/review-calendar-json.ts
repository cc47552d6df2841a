// The review calendar as JSON for scripts: a stable set of fields, in a fixed order.
import type { ReviewCalendar } from './review-calendar.ts';

export function formatReviewCalendarJson(calendar: ReviewCalendar): string {
  const items = calendar.items.map((item) => ({
    kind: item.kind,
    id: item.id,
    title: item.title,
    owner: item.owner,
    ownerName: item.ownerName,
    status: item.status,
    reviewed: item.reviewed,
    cycle: item.cycle,
    nextReview: item.nextReview,
    daysLeft: item.daysLeft,
    state: item.state,
    file: item.file,
  }));
  return `${JSON.stringify({ today: calendar.today, within: calendar.within, items }, null, 2)}\n`;
}
