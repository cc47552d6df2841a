// The Atom feed (RFC 4287) of playbook changes: ids that never change for a change, dates from git only,
// every text escaped, so a rebuild of the same history gives the same bytes.
import { textHash } from '../text-hash.ts';
import type { PlaybookChange } from './change-log.ts';

export interface FeedInput {
  title: string;
  /** Absolute address of the feed when the site's address is known, for `rel="self"`. */
  feedUrl?: string | undefined;
  /** Address of the `/changes/` page (absolute, or a path under the base). */
  pageUrl: string;
  /** Where a change's document lives (absolute, or a path under the base). */
  documentUrl: (change: PlaybookChange) => string;
  /** Identifies the playbook across rebuilds (its title and base path, say). */
  feedKey: string;
  changes: readonly PlaybookChange[];
}

/** `urn:uuid:` ids (RFC 9562 version 8) built from a key: the same change always gets the same id. */
export function stableUuid(key: string): string {
  const hex = [0, 1, 2, 3]
    .map((seed) =>
      Number.parseInt(textHash(`${seed}\u0000${key}`), 36)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function changeId(change: PlaybookChange): string {
  return stableUuid(`${change.commit}\u0000${change.document.kind}\u0000${change.document.id}`);
}

/** What happened in words: `6.0.0 (major, was 5.0.1)`, `new at 1.0.0`, `edited, still 2.1.0`. */
export function describeVersionChange(change: PlaybookChange): string {
  if (change.bump === 'new') return change.to ? `new at ${change.to}` : 'new';
  if (change.bump === 'none') return change.to ? `edited, still ${change.to}` : 'edited';
  return `${change.to} (${change.bump}, was ${change.from})`;
}

export function changesFeed(input: FeedInput): string {
  const updated = input.changes[0]?.timestamp ?? '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${stableUuid(`feed\u0000${input.feedKey}`)}</id>`,
    `  <title>${escapeXml(`${input.title}: changes`)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    ...(input.feedUrl ? [`  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`] : []),
    '  <generator>sop-playbook</generator>',
  ];
  for (const change of input.changes) {
    const kind = change.document.kind === 'sop' ? 'SOP' : 'Macro';
    lines.push(
      '  <entry>',
      `    <id>${changeId(change)}</id>`,
      `    <title>${escapeXml(`${kind} ${change.document.title}: ${describeVersionChange(change)}`)}</title>`,
      `    <updated>${escapeXml(change.timestamp)}</updated>`,
      `    <author><name>${escapeXml(change.author || 'unknown')}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(input.documentUrl(change))}"/>`,
      `    <category term="${change.bump}" label="${change.bump === 'none' ? 'no version change' : change.bump}"/>`,
      `    <summary type="text">${escapeXml(change.subject)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

function escapeXml(text: string): string {
  // Control characters other than tab and newline are not allowed in XML 1.0 at all.
  return (
    text
      // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}
