// The review calendar as Markdown: one table per state, for a manager's weekly note or a pull-request comment.
import type { CalendarState, ReviewCalendar, ReviewCalendarItem } from './review-calendar.ts';

/**
 * Table cells hold one line, and a pipe would end the cell. Control characters pasted into a title (a terminal's
 * escape codes, which clear or recolour the screen the report is printed on) become spaces.
 */
function cell(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').replace(/\|/g, '\\|');
}

function row(item: ReviewCalendarItem): string {
  const what = item.kind === 'sop' ? 'SOP' : 'Macro';
  return `| ${what} | ${cell(item.title)} (\`${item.id}\`) | ${cell(item.ownerName)} | ${item.nextReview} | ${item.daysLeft} ` +
    `| \`${item.file}\` |`;
}

function section(heading: string, empty: string, items: ReviewCalendarItem[]): string {
  if (items.length === 0) return `## ${heading} (0)\n\n${empty}\n`;
  const table = ['| | Item | Owner | Next review | Days left | File |', '|---|---|---|---|--:|---|', ...items.map(row)];
  return `## ${heading} (${items.length})\n\n${table.join('\n')}\n`;
}

export function formatReviewCalendarMarkdown(calendar: ReviewCalendar): string {
  const inState = (state: CalendarState) => calendar.items.filter((item) => item.state === state);
  const window = `${calendar.withinDays} day${calendar.withinDays === 1 ? '' : 's'}`;
  return [
    `# Review calendar: ${cell(calendar.playbookTitle)}\n`,
    `As of ${calendar.today}. Drafts, retired SOPs and archived macros are not under review.\n`,
    section('Overdue', 'Nothing is overdue.', inState('overdue')),
    section(`Due within ${window}`, `Nothing is due within ${window}.`, inState('due')),
    section('Later', 'Nothing is due later.', inState('later')),
  ].join('\n');
}
