import ICAL from 'ical.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSop, writePlaybook } from '../helpers/cli-run.ts';
import { calendarFiles } from '../core/reports/fixtures.ts';
import { playbookFiles, sopText } from '../helpers/playbook.ts';

function eventUids(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));
}

describe('sop report reviews', () => {
  it('prints the Markdown calendar by default and notes files it had to leave out', async () => {
    const root = writePlaybook(calendarFiles);
    const result = await runSop(root, ['report', 'reviews']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Overdue (1)\n');
    expect(result.stdout).toContain('## Due within 30 days (2)\n');
    expect(result.stdout).toContain('## Later (1)\n');
    expect(result.stderr).toBe('sop: left out 1 file whose frontmatter does not pass the schema; run `sop lint` to see why\n');
  });

  it('prints JSON for scripts, filtered by owner', async () => {
    const root = writePlaybook(calendarFiles);
    const result = await runSop(root, ['report', 'reviews', '--format', 'json', '--owner', 'maya-chen', '--within', '1y']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.within).toBe('1y');
    expect(parsed.items.map((item: { id: string; state: string }) => [item.id, item.state])).toEqual([
      ['chargebacks', 'due'],
      ['account-recovery', 'due'],
    ]);
  });

  it('puts every review into the calendar, and only those due within the window when --within is given', async () => {
    const root = writePlaybook(calendarFiles);
    const all = await runSop(root, ['report', 'reviews', '--format', 'ics']);
    expect(eventUids(all.stdout)).toHaveLength(4);
    const due = await runSop(root, ['report', 'reviews', '--format', 'ics', '--within', '2w']);
    expect(eventUids(due.stdout)).toEqual([
      'sop-refunds-2026-10-30@sop-playbook',
      'sop-chargebacks-2026-11-30@sop-playbook',
      'macro-refund-approved-2026-11-30@sop-playbook',
    ]);
  });

  it('gives the same calendar on every run for the same today', async () => {
    const root = writePlaybook(calendarFiles);
    const first = await runSop(root, ['report', 'reviews', '--format', 'ics']);
    const second = await runSop(root, ['report', 'reviews', '--format', 'ics'], { now: () => new Date('2031-01-01T00:00:00Z') });
    expect(second.stdout).toBe(first.stdout);
  });

  it('writes --output atomically and refuses to replace it without --force', async () => {
    const root = writePlaybook(calendarFiles);
    const written = await runSop(root, ['report', 'reviews', '--format', 'ics', '--output', 'reviews.ics']);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toContain('wrote 4 reviews to reviews.ics\n');
    expect(eventUids(readFileSync(path.join(root, 'reviews.ics'), 'utf8'))).toHaveLength(4);

    writeFileSync(path.join(root, 'reviews.md'), 'mine');
    const refused = await runSop(root, ['report', 'reviews', '--output', 'reviews.md']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('sop: `reviews.md` already exists; pass --force to replace it\n');
    expect(readFileSync(path.join(root, 'reviews.md'), 'utf8')).toBe('mine');

    expect((await runSop(root, ['report', 'reviews', '--output', 'reviews.md', '--force'])).code).toBe(0);
    expect(readFileSync(path.join(root, 'reviews.md'), 'utf8')).toMatch(/^# Review calendar/);
  });

  it('stops with exit 2 on an unknown owner, a bad window or an unknown format', async () => {
    const root = writePlaybook(calendarFiles);
    expect(await runSop(root, ['report', 'reviews', '--owner', 'maya-chn'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: unknown owner `maya-chn`; did you mean `maya-chen`?\n',
    });
    expect(await runSop(root, ['report', 'reviews', '--within', '30'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: --within must be a duration such as `30d`, `6w`, `3m` or `1y`; got `30`\n',
    });
    const format = await runSop(root, ['report', 'reviews', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Allowed choices are markdown, json, ics');
  });
});

describe('sop report search-gaps', () => {
  const files = {
    'content/sops/voice.mdx': sopText({
      frontmatter:
        'title: Voice and tone\nsummary: How we sound\nowner: billing-ops\nversion: 1.0.0\nstatus: active\n' +
        'reviewed: 2026-11-01\ncategory: billing\nscope:\n  appliesTo: Replies',
    }),
  };

  it('lists SOPs whose title words the body seldom uses and SOPs without aliases, in Markdown', async () => {
    const result = await runSop(writePlaybook(playbookFiles(files)), ['report', 'search-gaps']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Title words rarely in the body (1)\n');
    expect(result.stdout).toContain('- **Voice and tone** (`voice`, billing-ops): `voice` 0×, `tone` 0× — content/sops/voice.mdx\n');
    expect(result.stdout).toContain('## No aliases (1)\n');
  });

  it('prints JSON for scripts and refuses an unknown format', async () => {
    const root = writePlaybook(playbookFiles(files));
    const json = await runSop(root, ['report', 'search-gaps', '--format', 'json']);
    expect(JSON.parse(json.stdout).sops[0]).toMatchObject({ id: 'voice', titleRarelyInBody: true, aliases: 0 });
    const bad = await runSop(root, ['report', 'search-gaps', '--format', 'html']);
    expect(bad.code).toBe(2);
  });
});
