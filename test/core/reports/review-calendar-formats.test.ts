import { describe, expect, it } from 'vitest';
import { buildReviewCalendar } from '../../../src/core/reports/review-calendar.ts';
import { formatReviewCalendarJson } from '../../../src/core/reports/review-calendar-json.ts';
import { formatReviewCalendarMarkdown } from '../../../src/core/reports/review-calendar-markdown.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { loadTestPlaybook, playbookFiles } from '../../helpers/playbook.ts';
import { calendarPlaybook, sop } from './fixtures.ts';

const today = parsePlainDate('2026-11-23')!;

describe('formatReviewCalendarMarkdown', () => {
  it('prints one table per state', () => {
    const text = formatReviewCalendarMarkdown(buildReviewCalendar(calendarPlaybook(), { today, within: '30d' }));
    expect(text).toBe(`# Review calendar: Test Support Playbook

As of 2026-11-23. Drafts, retired SOPs and archived macros are not under review.

## Overdue (1)

| | Item | Owner | Next review | Days left | File |
|---|---|---|---|--:|---|
| SOP | Refunds (\`refunds\`) | Billing operations | 2026-10-30 | -24 | \`content/sops/refunds.mdx\` |

## Due within 30 days (2)

| | Item | Owner | Next review | Days left | File |
|---|---|---|---|--:|---|
| SOP | Chargebacks (\`chargebacks\`) | Maya Chen | 2026-11-30 | 7 | \`content/sops/chargebacks.mdx\` |
| Macro | Refund approved (\`refund-approved\`) | Billing operations | 2026-11-30 | 7 | \`content/macros/refund-approved.md\` |

## Later (1)

| | Item | Owner | Next review | Days left | File |
|---|---|---|---|--:|---|
| SOP | Account recovery (\`account-recovery\`) | Maya Chen | 2027-06-01 | 190 | \`content/sops/account-recovery.mdx\` |
`);
  });

  it('says so when a state is empty, and escapes pipes in titles', () => {
    const playbook = loadTestPlaybook(playbookFiles({ 'content/sops/a.mdx': sop({ title: '"Refunds | ' +
      'credits"', reviewed: '2026-11-01' }) }));
    const text = formatReviewCalendarMarkdown(buildReviewCalendar(playbook, { today, within: '1d' }));
    expect(text).toContain('## Overdue (0)\n\nNothing is overdue.\n');
    expect(text).toContain('## Due within 1 day (0)\n\nNothing is due within 1 day.\n');
    expect(text).toContain('| SOP | Refunds \\| credits (`a`) |');
  });
});

describe('reports printed on a terminal', () => {
  it('print no control character from a title, such as the escape codes that clear the screen', () => {
    const playbook = loadTestPlaybook(
      playbookFiles({ 'content/sops/a.mdx': sop({ title: '"Refunds \\e[2J\\x07 credits"', reviewed: '2026-11-01' }) }),
    );
    const text = formatReviewCalendarMarkdown(buildReviewCalendar(playbook, { today, within: '30d' }));
    expect(text).toContain('| SOP | Refunds [2J credits (`a`) |');
    expect(text.replace(/\n/g, '').split('').filter((unit) => unit < ' ')).toEqual([]);
  });
});

describe('formatReviewCalendarJson', () => {
  it('prints today, the window and the items with stable fields', () => {
    const parsed = JSON.parse(formatReviewCalendarJson(buildReviewCalendar(calendarPlaybook(), { today, within: '30' +
      'd', owner: 'maya-chen' })));
    expect(Object.keys(parsed)).toEqual(['today', 'within', 'items']);
    expect(parsed.today).toBe('2026-11-23');
    expect(parsed.within).toBe('30d');
    expect(parsed.items[0]).toEqual({
      kind: 'sop',
      id: 'chargebacks',
      title: 'Chargebacks',
      owner: 'maya-chen',
      ownerName: 'Maya Chen',
      status: 'active',
      reviewed: '2026-09-01',
      cycle: '90d',
      nextReview: '2026-11-30',
      daysLeft: 7,
      state: 'due',
      file: 'content/sops/chargebacks.mdx',
    });
  });
});
