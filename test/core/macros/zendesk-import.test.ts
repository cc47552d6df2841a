import { describe, expect, it } from 'vitest';
import { lintPlaybook } from '../../../src/core/lint/engine.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { loadTestPlaybook, macroText, playbookFiles } from '../../helpers/playbook.ts';
import { fixtureMacros, importInto, withMacro } from './zendesk-import-helpers.ts';

const refundId = 360001000001;

const summary = (changes: { outcome: string; path: string; reason: string }[]) =>
  changes.map(({ outcome, path, reason }) => `${outcome} ${path}: ${reason}`);

describe('a first import', () => {
  const { changes, files } = importInto({}, fixtureMacros());

  it('adds one file per Zendesk macro, named from the title and de-duplicated in Zendesk id order', () => {
    expect(summary(changes)).toEqual([
      'added content/macros/refund-approved.md: new in Zendesk',
      'added content/macros/password-reset-link.md: new in Zendesk',
      'added content/macros/promo-code-expired.md: new in Zendesk',
      'added content/macros/refund-approved-2.md: new in Zendesk',
      'added content/macros/close-as-spam.md: new in Zendesk',
    ]);
  });

  it('names a macro with a title longer than a file name may be after its first words, cut between words', () => {
    const title = 'Refund approved after the customer '.repeat(10);
    const long = importInto(
      {},
      withMacro(fixtureMacros(), refundId, (macro) => ({ ...macro, title })),
    );
    expect(long.changes.find((change) => change.zendeskId === refundId)?.path).toBe(
      'content/macros/refund-approved-after-the-customer-refund-approved-after-the-customer-refund.md',
    );
  });

  it('writes an HTML reply as Markdown with frontmatter for category, tags, usage, actions, restriction and source', () => {
    expect(files['content/macros/refund-approved.md']).toBe(`---
title: Refund approved
owner: billing-ops
reviewed: 2026-10-02
status: active
category: billing
tags: [ refund ]
usage: { usage_7d: 31, usage_30d: 118 }
actions:
  - { field: comment_mode_is_public, value: "true" }
  - { field: status, value: solved }
  - { field: current_tags, value: refund_approved billing }
  - { field: custom_fields_360005678901, value: refund }
restriction: { type: Group, id: 360000123456, ids: [ 360000123456 ] }
source:
  system: zendesk
  id: 360001000001
  title: Billing::Refund::Refund approved
  reply: comment_value_html
  hash: eb98210e720e34b5
---
Hi {{ticket.requester.first_name}},

Good news: I've approved a **refund** of [amount] for ticket #{{ticket.id}}.

- Refunds show within 5 to 10 business days.
- Track it on [your request]({{ticket.link}}).

Best,
{{current_user.first_name}}
`);
  });

  it('takes the text of a `[channel, text]` comment value, escaped, and keeps the channel for export', () => {
    const text = files['content/macros/password-reset-link.md']!;
    expect(text).toContain('  reply: comment_value\n  channel: channel:all\n');
    expect(text).toMatch(
      new RegExp(
        /---\nHi \{\{ticket\.requester\.first_name\}\},\n\nUse the link below to reset your password\. It works for \\\*24 hours\\\*:/
          .source + /\n\{\{ticket\.requester\.password_reset_url\}\}\n\n\\- Your Northwind team\n$/.source,
      ),
    );
  });

  it('archives a macro that is inactive in Zendesk and keeps underscores inside words unescaped', () => {
    const text = files['content/macros/promo-code-expired.md']!;
    expect(text).toContain('\nstatus: archived\n');
    expect(text).toContain('\nHi {{ticket.requester.first_name}}, the code SPRING_24 ended on 30 June. Sorry!\n');
  });

  it('takes the UTC date of `updated_at` as the first review date', () => {
    expect(files['content/macros/refund-approved-2.md']).toContain('\nreviewed: 2026-01-01\n');
  });

  it('keeps a <script> from a Zendesk HTML body as escaped, inert text', () => {
    expect(files['content/macros/refund-approved-2.md']).toMatch(/\n\\<script>alert\('stolen'\)\\<\/script>\n$/);
  });

  it('writes files that load and pass lint without schema problems', () => {
    const playbook = loadTestPlaybook(playbookFiles(files));
    expect(playbook.macros.map((macro) => [macro.id, macro.data !== undefined, macro.problems])).toEqual(
      ['close-as-spam', 'password-reset-link', 'promo-code-expired', 'refund-approved', 'refund-approved-2'].map((id) => [id, true, []]),
    );
    const diagnostics = lintPlaybook(playbook, { today: parsePlainDate('2026-11-23')! }).diagnostics;
    expect(
      diagnostics.filter((diagnostic) =>
        ['frontmatter-schema', 'mdx-syntax', 'unknown-reference', 'unknown-owner'].includes(diagnostic.ruleId),
      ),
    ).toEqual([]);
  });

  it('never takes the file name of a macro written by hand', () => {
    const handWritten = { 'content/macros/refund-approved.md': macroText() };
    const again = importInto(handWritten, fixtureMacros());
    expect(again.changes.filter((change) => change.outcome === 'added').map((change) => change.path)).toContain(
      'content/macros/refund-approved-2.md',
    );
    expect(again.files['content/macros/refund-approved.md']).toBe(macroText());
  });
});

describe('importing again', () => {
  const first = importInto({}, fixtureMacros()).files;

  it('skips every unchanged macro and rewrites no file', () => {
    const second = importInto(first, fixtureMacros());
    expect(second.changes.map((change) => `${change.outcome}: ${change.reason}`)).toEqual(Array(5).fill('skipped: unchanged'));
    expect(second.changes.every((change) => change.text === undefined)).toBe(true);
  });

  it('finds files by Zendesk id, not by file name', () => {
    const { ['content/macros/refund-approved.md']: moved, ...rest } = first;
    const renamed = { ...rest, 'content/macros/refunds-ok.md': moved! };
    const second = importInto(renamed, fixtureMacros());
    expect(summary(second.changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'skipped content/macros/refunds-ok.md: unchanged',
    ]);
    expect(Object.keys(second.files).sort()).toEqual(Object.keys(renamed).sort());
  });

  it('updates a macro changed in Zendesk and keeps the local owner, review date and comments', () => {
    const local = {
      ...first,
      'content/macros/refund-approved.md': first['content/macros/refund-approved.md']!.replace(
        'owner: billing-ops',
        'owner: maya-chen # took over in November',
      ).replace('reviewed: 2026-10-02', 'reviewed: 2026-11-20'),
    };
    const changed = withMacro(fixtureMacros(), refundId, (macro) => {
      macro.actions[0]!.value = '<p>Hi {{ticket.requester.first_name}}, your refund is approved.</p>';
      macro.active = false;
      return macro;
    });
    const second = importInto(local, changed);
    expect(summary(second.changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'updated content/macros/refund-approved.md: changed in Zendesk',
    ]);
    const text = second.files['content/macros/refund-approved.md']!;
    expect(text).toContain('owner: maya-chen # took over in November\nreviewed: 2026-11-20\nstatus: archived\n');
    expect(text).toMatch(/---\nHi \{\{ticket\.requester\.first_name\}\}, your refund is approved\.\n$/);
    expect(importInto(second.files, changed).changes.every((change) => change.outcome === 'skipped')).toBe(true);
  });

  const edited = {
    ...first,
    'content/macros/refund-approved.md': first['content/macros/refund-approved.md']!.replace('Good news', 'Great news'),
  };
  const changedInZendesk = withMacro(fixtureMacros(), refundId, (macro) => {
    macro.actions[0]!.value = String(macro.actions[0]!.value).replace('Good news', 'Happy news');
    return macro;
  });

  it('reports a local edit that conflicts with a change in Zendesk and leaves the file alone', () => {
    const second = importInto(edited, changedInZendesk);
    const conflict = second.changes.find((change) => change.zendeskId === refundId)!;
    expect(conflict).toEqual({
      outcome: 'conflict',
      path: 'content/macros/refund-approved.md',
      zendeskId: refundId,
      reason: "edited locally and changed in Zendesk since the last import; merge by hand, or pass --force to take Zendesk's version",
      text: undefined,
    });
    expect(second.files['content/macros/refund-approved.md']).toBe(edited['content/macros/refund-approved.md']);
  });

  it("takes Zendesk's version over a conflicting local edit with force", () => {
    const second = importInto(edited, changedInZendesk, { force: true });
    expect(summary(second.changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'updated content/macros/refund-approved.md: changed in Zendesk; local edits overwritten (--force)',
    ]);
    expect(second.files['content/macros/refund-approved.md']).toContain('\nHappy news: I');
  });

  it('keeps a local edit when Zendesk has not changed the macro, and still refreshes its usage', () => {
    expect(summary(importInto(edited, fixtureMacros()).changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'skipped content/macros/refund-approved.md: edited locally; Zendesk has not changed it since the last import',
    ]);
    const busier = withMacro(fixtureMacros(), refundId, (macro) => ({ ...macro, usage_7d: 40 }));
    const second = importInto(edited, busier);
    expect(summary(second.changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'updated content/macros/refund-approved.md: usage counters refreshed; local edits kept',
    ]);
    expect(second.files['content/macros/refund-approved.md']).toBe(
      edited['content/macros/refund-approved.md'].replace('usage_7d: 31', 'usage_7d: 40'),
    );
  });

  it('reports two files that claim one Zendesk macro instead of choosing', () => {
    const twice = { ...first, 'content/macros/refund-copy.md': first['content/macros/refund-approved.md']! };
    expect(summary(importInto(twice, fixtureMacros()).changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'conflict content/macros/refund-approved.md: 2 files claim this Zendesk macro (`content/macros/refund-approved.md`, ' +
        '`content/macros/refund-copy.md`); keep one and import again',
    ]);
  });

  it('treats a file linked by hand without an import hash as a conflict unless it already matches Zendesk', () => {
    const linked = {
      'content/macros/refund-approved.md': macroText({
        frontmatter: `title: Refund approved
owner: billing-ops
reviewed: 2026-11-01
status: active
category: billing
source: { system: zendesk, id: ${refundId} }`,
      }),
    };
    expect(summary(importInto(linked, fixtureMacros()).changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'conflict content/macros/refund-approved.md: differs from Zendesk and records no import hash, so local edits cannot be ' +
        "told apart; merge by hand, or pass --force to take Zendesk's version",
    ]);
    const matching = { 'content/macros/refund-approved.md': first['content/macros/refund-approved.md']!.replace(/\n {2}hash: \w+/, '') };
    expect(summary(importInto(matching, fixtureMacros()).changes.filter((change) => change.zendeskId === refundId))).toEqual([
      'updated content/macros/refund-approved.md: already matched Zendesk; recorded the import state',
    ]);
  });
});
