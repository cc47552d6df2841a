import { describe, expect, it } from 'vitest';
import { changeId, changesFeed, stableUuid } from '../../../src/core/changes/atom.ts';
import { playbookChanges, type FileCommit } from '../../../src/core/changes/change-log.ts';
import { parseAtom } from '../../helpers/atom.ts';

const hostile = { kind: 'sop' as const, id: 'refunds', title: 'Refunds <b>& "credits"</b>', path: 'content/sops/refunds.mdx' };
const history: FileCommit[] = [
  {
    commit: 'c2',
    date: '2026-11-20',
    timestamp: '2026-11-20T10:00:00+01:00',
    author: 'Ana & Bo',
    subject: 'Refunds: <script>alert(1)</script>\u0001',
    version: '5.0.0',
  },
  {
    commit: 'c1',
    date: '2026-10-01',
    timestamp: '2026-10-01T10:00:00+00:00',
    author: 'Maya Chen',
    subject: 'Add refunds',
    version: '4.2.0',
  },
];
const changes = playbookChanges([hostile], () => history);
const feed = (site?: string) =>
  changesFeed({
    title: 'Acme Support',
    feedUrl: site ? `${site}changes.xml` : undefined,
    pageUrl: `${site ?? '/'}changes/`,
    documentUrl: (change) => `${site ?? '/'}sops/${change.document.id}/`,
    feedKey: 'Acme Support\u0000/',
    changes,
  });

describe('the changes feed', () => {
  it('is well-formed Atom with escaped text, dates from git and a self link when the site is known', () => {
    const xml = feed('https://help.example.com/');
    const parsed = parseAtom(xml);
    expect(parsed.updated).toBe('2026-11-20T10:00:00+01:00');
    expect(parsed.link).toEqual([
      { rel: 'alternate', type: 'text/html', href: 'https://help.example.com/changes/' },
      { rel: 'self', type: 'application/atom+xml', href: 'https://help.example.com/changes.xml' },
    ]);
    const first = parsed.entry![0]!;
    expect(first.title).toBe('SOP Refunds <b>& "credits"</b>: 5.0.0 (major, was 4.2.0)');
    expect(first.summary?.['#text']).toBe('Refunds: <script>alert(1)</script>');
    expect(first.author?.name).toBe('Ana & Bo');
    expect(first.id).toBe(changeId(changes[0]!));
  });

  it('gives each change the same id on every build, and different changes different ids', () => {
    expect(feed()).toBe(feed());
    expect(changeId(changes[0]!)).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(changeId(changes[0]!)).not.toBe(changeId(changes[1]!));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
    expect(feed()).not.toContain('rel="self"');
    expect(
      parseAtom(changesFeed({ title: 'Empty', pageUrl: '/changes/', documentUrl: () => '/', feedKey: 'x', changes: [] })).entry,
    ).toBeUndefined();
  });
});
