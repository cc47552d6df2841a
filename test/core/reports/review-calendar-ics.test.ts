import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildReviewCalendar } from '../../../src/core/reports/review-calendar.ts';
import { formatReviewCalendarIcs } from '../../../src/core/reports/review-calendar-ics.ts';
import { escapeText, foldLine } from '../../../src/core/reports/ics-text.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { loadTestPlaybook, playbookFiles } from '../../helpers/playbook.ts';
import { calendarPlaybook, sop } from './fixtures.ts';

const today = parsePlainDate('2026-11-23')!;

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

describe('formatReviewCalendarIcs', () => {
  const calendar = buildReviewCalendar(calendarPlaybook(), { today, within: '30d' });

  it('parses as a calendar with one all-day event per review', () => {
    const parsed = events(formatReviewCalendarIcs(calendar, { onlyDue: false }));
    expect(parsed.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(parsed.calendar.getFirstPropertyValue('prodid')).toBe('-//sop-playbook//Review calendar//EN');
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Test Support Playbook: reviews');
    const dates = (event: (typeof parsed.events)[number]) => [event.startDate.toString(), event.endDate.toString(), event.startDate.isDate];
    expect(parsed.events.map((event) => [event.uid, event.summary, ...dates(event)])).toEqual([
      ['sop-refunds-2026-10-30@sop-playbook', 'Review: Refunds', '2026-10-30', '2026-10-31', true],
      ['sop-chargebacks-2026-11-30@sop-playbook', 'Review: Chargebacks', '2026-11-30', '2026-12-01', true],
      ['macro-refund-approved-2026-11-30@sop-playbook', 'Review: Refund approved', '2026-11-30', '2026-12-01', true],
      ['sop-account-recovery-2027-06-01@sop-playbook', 'Review: Account recovery', '2027-06-01', '2027-06-02', true],
    ]);
    expect(parsed.events[1]?.description).toBe(
      'Review the SOP "Chargebacks" (chargebacks) and update `reviewed`.\nOwner: Maya Chen (maya-chen)\n' +
        'File: content/sops/chargebacks.mdx\nLast reviewed 2026-09-01, every 90d.',
    );
  });

  it('keeps only reviews overdue or due within the window when asked', () => {
    const parsed = events(formatReviewCalendarIcs(calendar, { onlyDue: true }));
    expect(parsed.events.map((event) => event.uid)).toEqual([
      'sop-refunds-2026-10-30@sop-playbook',
      'sop-chargebacks-2026-11-30@sop-playbook',
      'macro-refund-approved-2026-11-30@sop-playbook',
    ]);
  });

  it('writes a review on 9999-12-31 (a cycle of 9999y) as a one-day event without DTEND, which would not be after it', () => {
    const forever = loadTestPlaybook(
      playbookFiles({ 'content/sops/refunds.mdx': sop({ title: 'Refunds', reviewed: '2026-11-01', extra: '\nreviewEvery: 9999y' }) }),
    );
    const text = formatReviewCalendarIcs(buildReviewCalendar(forever, { today, within: '30d' }), { onlyDue: false });
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:99991231\r\nSUMMARY:Review: Refunds\r\n');
    const [event] = events(text).events;
    expect([event!.startDate.toString(), event!.endDate.toString()]).toEqual(['9999-12-31', '10000-01-01']);
  });

  it('ends lines with CRLF and stamps events from today, not the clock', () => {
    const text = formatReviewCalendarIcs(calendar, { onlyDue: false });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sop-playbook//Review calendar//EN\r\n' +
      'CALSCALE:GREGORIAN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('\r\nDTSTAMP:20261123T000000Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261030\r\nDTEND;VALUE=DATE:20261031\r\n');
  });

  it('folds a very long unicode title at 75 octets without splitting a character, and reads it back whole', () => {
    const title = `Remboursements et crédits — 退款和积分 — 🧾 ${'réclamations, litiges; et « avoirs » '.repeat(6)}`.trim();
    const longSop = sop({ title: JSON.stringify(title), reviewed: '2026-11-01' });
    const playbook = loadTestPlaybook(playbookFiles({ 'content/sops/long.mdx': longSop }));
    const text = formatReviewCalendarIcs(buildReviewCalendar(playbook, { today, within: '30d' }), { onlyDue: false });
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(text).not.toContain('\uFFFD');
    expect(events(text).events[0]?.summary).toBe(`Review: ${title}`);
  });
});

describe('ics text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('writes control characters, which TEXT may not hold, as spaces, and keeps tabs', () => {
    expect(escapeText('a\u0007b\u000bc\u001b[31md\u007fe\tf')).toBe('a b c [31md e\tf');
  });

  it('leaves lines of 75 octets alone and folds longer ones with a leading space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('é'.repeat(40))).toBe(`${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`);
  });
});
