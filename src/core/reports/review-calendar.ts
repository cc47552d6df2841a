// The review calendar: every SOP and macro under review, with its next review and where it stands against a window.
import { calendarDurationPattern, parseDuration } from '../../../schemas/duration.ts';
import { addDuration, daysBetween, formatPlainDate, type PlainDate } from '../dates.ts';
import type { ContentDocument, Playbook } from '../model.ts';
import { isUnderReview, reviewStateOf } from '../review.ts';

/** Where a review stands against the report's window, not against `dueSoonDays`: the reader picks the window. */
export type CalendarState = 'overdue' | 'due' | 'later';

export interface ReviewCalendarItem {
  kind: 'sop' | 'macro';
  id: string;
  title: string;
  owner: string;
  /** The owner's name from team.yaml, or the id when team.yaml does not know it. */
  ownerName: string;
  status: string;
  reviewed: string;
  cycle: string;
  nextReview: string;
  daysLeft: number;
  state: CalendarState;
  file: string;
}

export interface ReviewCalendar {
  playbookTitle: string;
  today: string;
  /** The window as written, such as `30d`. */
  within: string;
  withinDays: number;
  items: ReviewCalendarItem[];
  /** Files left out because their frontmatter does not pass the schema (lint says why). */
  unreadable: string[];
}

export interface ReviewCalendarOptions {
  today: PlainDate;
  within: string;
  /** Only items with exactly this owner id. */
  owner?: string | undefined;
}

/** Days in a window such as `30d`, `6w` or `1m` from today; undefined when it is no calendar duration. */
export function windowDays(today: PlainDate, within: string): number | undefined {
  if (!calendarDurationPattern.test(within)) return undefined;
  return daysBetween(today, addDuration(today, parseDuration(within)!));
}

type ReviewedFields = { title: string; owner: string; reviewed: string; reviewEvery?: string | undefined; status: string };

export function buildReviewCalendar(playbook: Playbook, options: ReviewCalendarOptions): ReviewCalendar {
  const withinDays = windowDays(options.today, options.within);
  if (withinDays === undefined) throw new RangeError(`window \`${options.within}\` is not a duration such as \`30d\``);
  const { config, team } = playbook;
  const names = new Map([...team.data.people, ...team.data.teams].map((entry) => [entry.id, entry.name]));
  const policy = { today: options.today, defaultCycle: config.data.reviewEvery, dueSoonDays: config.data.dueSoonDays };
  const documents: ContentDocument<ReviewedFields>[] = [...playbook.sops, ...playbook.macros];
  const items: ReviewCalendarItem[] = [];
  const unreadable: string[] = [];
  for (const document of documents) {
    const data = document.data;
    if (!data) {
      unreadable.push(document.file.path);
      continue;
    }
    if (!isUnderReview(data.status)) continue;
    if (options.owner !== undefined && data.owner !== options.owner) continue;
    const review = reviewStateOf({ reviewed: data.reviewed, reviewEvery: data.reviewEvery, exempt: false }, policy);
    if (!review) continue;
    items.push({
      kind: document.kind,
      id: document.id,
      title: data.title,
      owner: data.owner,
      ownerName: names.get(data.owner) ?? data.owner,
      status: data.status,
      reviewed: review.reviewed,
      cycle: review.cycle,
      nextReview: review.nextReview,
      daysLeft: review.daysLeft,
      state: review.daysLeft < 0 ? 'overdue' : review.daysLeft <= withinDays ? 'due' : 'later',
      file: document.file.path,
    });
  }
  return {
    playbookTitle: config.data.title,
    today: formatPlainDate(options.today),
    within: options.within,
    withinDays,
    items: items.sort(byNextReview),
    unreadable: unreadable.sort(),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNextReview(a: ReviewCalendarItem, b: ReviewCalendarItem): number {
  return compare(a.nextReview, b.nextReview) || compare(a.id, b.id) || compare(a.kind, b.kind) || compare(a.file, b.file);
}
