import { describe, expect, it } from 'vitest';
import { exportZendeskMacros } from '../../../src/core/macros/zendesk-export.ts';
import { htmlToMarkdown } from '../../../src/core/macros/reply-markdown.ts';
import { loadTestPlaybook, macroText, playbookFiles, type PlaybookFiles } from '../../helpers/playbook.ts';
import { fixtureMacros, importInto } from './zendesk-import-helpers.ts';

const exportOf = (files: PlaybookFiles, onlyActive = false) => exportZendeskMacros(loadTestPlaybook(playbookFiles(files)), { onlyActive });
const replyFields = ['comment_value', 'comment_value_html'];

describe('a round trip from Zendesk through the registry and back', () => {
  const original = fixtureMacros();
  const { payload } = exportOf(importInto({}, original).files);
  const exported = new Map(payload.macros.map((macro) => [macro.id, macro]));

  it('keeps every id, title, active flag and restriction, in macro id order', () => {
    const byId = new Map(original.map((macro) => [macro.id, macro]));
    const expectedOrder = [360001000005, 360001000002, 360001000003, 360001000001, 360001000004];
    expect(payload.macros.map(({ id, title, active, restriction }) => ({ id, title, active, restriction }))).toEqual(
      expectedOrder
        .map((id) => byId.get(id)!)
        .map(({ id, title, active, restriction }) => ({ id, title, active: active !== false, restriction: restriction ?? undefined })),
    );
  });

  it('keeps the other actions in their order', () => {
    for (const macro of original) {
      const others = (actions: { field: string }[]) => actions.filter((action) => !replyFields.includes(action.field));
      expect(others(exported.get(macro.id)!.actions)).toEqual(others(macro.actions));
    }
  });

  it('sends plain replies back exactly, channel included, and HTML replies back as HTML with the same text', () => {
    for (const macro of original) {
      const before = macro.actions.find((action) => replyFields.includes(action.field));
      const after = exported.get(macro.id)!.actions.find((action) => replyFields.includes(action.field));
      expect(after?.field).toBe(before?.field);
      if (before?.field === 'comment_value') expect(after?.value).toEqual(before.value);
      if (before?.field === 'comment_value_html') expect(htmlToMarkdown(String(after!.value))).toBe(htmlToMarkdown(String(before.value)));
    }
  });

  it('keeps placeholders intact in text and links', () => {
    const html = String(exported.get(360001000001)!.actions[0]!.value);
    expect(html).toBe(
      "<p>Hi {{ticket.requester.first_name}},</p>\n<p>Good news: I've approved a <strong>refund</strong> of [amount] for " +
        'ticket #{{ticket.id}}.</p>\n<ul>\n<li>Refunds show within 5 to 10 business days.</li>\n' +
        '<li>Track it on <a href="{{ticket.link}}">your request</a>.</li>\n</ul>\n<p>Best,<br>\n{{current_user.first_name}}</p>',
    );
  });

  it('sends a <script> kept as text back as escaped text', () => {
    expect(exported.get(360001000004)!.actions[0]!.value).toBe(
      "<p>Your refund is approved. Please don't paste code such as &lt;script>alert(1)&lt;/script> into replies.</p>\n" +
        "<p>&lt;script>alert('stolen')&lt;/script></p>",
    );
  });
});

describe('exportZendeskMacros', () => {
  it('exports a macro written in the registry without an id, its title built from category name and tags', () => {
    const files = {
      'content/macros/refund-approved.md': macroText({
        frontmatter: `title: Refund approved
owner: billing-ops
reviewed: 2026-11-01
status: draft
category: billing
tags: [refund]`,
      }),
    };
    expect(exportOf(files).payload).toEqual({
      macros: [
        {
          title: 'Billing::refund::Refund approved',
          active: true,
          actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}}, your refund is on its way.' }],
        },
      ],
    });
  });

  it('sends formatting as HTML and rebuilds the title after a local recategorisation', () => {
    const { files } = importInto({}, fixtureMacros());
    const edited = files['content/macros/password-reset-link.md']!.replace('category: account', 'category: billing').replace(
      'Use the link',
      'Use **the link**',
    );
    const macro = exportOf({ ...files, 'content/macros/password-reset-link.md': edited }).payload.macros.find(
      (entry) => entry.id === 360001000002,
    )!;
    expect(macro.title).toBe('Billing::Password reset link');
    expect(macro.actions[0]).toEqual({
      field: 'comment_value_html',
      value:
        '<p>Hi {{ticket.requester.first_name}},</p>\n<p>Use <strong>the link</strong> below to reset your password. It works ' +
        'for *24 hours*:<br>\n{{ticket.requester.password_reset_url}}</p>\n<p>- Your Northwind team</p>',
    });
  });

  it('leaves out drafts and archived macros when only active ones are wanted, and marks archived ones inactive otherwise', () => {
    const { files } = importInto({}, fixtureMacros());
    const withDraft = {
      ...files,
      'content/macros/draft-reply.md': macroText({
        frontmatter: 'title: Draft reply\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: draft\ncategory: account',
      }),
    };
    const all = exportOf(withDraft).payload.macros;
    expect(all.filter((macro) => !macro.active).map((macro) => macro.id)).toEqual([360001000003]);
    expect(exportOf(withDraft, true).payload.macros.map((macro) => macro.title)).toEqual([
      'Close as spam',
      'Account::Password reset link',
      'Billing::Refund::Refund approved',
      'Legacy::Refund approved',
    ]);
  });

  it('lists macro files it left out because their frontmatter is invalid', () => {
    const result = exportOf({
      'content/macros/broken.md': macroText({ frontmatter: 'title: Broken\nowner: billing-ops' }),
      'content/macros/ok.md': macroText(),
    });
    expect(result.invalid).toEqual(['content/macros/broken.md']);
    expect(result.payload.macros.map((macro) => macro.title)).toEqual(['Billing::Refund approved']);
  });

  it('writes a numeric Zendesk id kept as a string as a number', () => {
    const files = {
      'content/macros/m.md': macroText({
        frontmatter:
          'title: M\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: active\ncategory: account\n' +
          'source: { system: zendesk, id: "360000000042" }',
      }),
    };
    expect(exportOf(files).payload.macros[0]!.id).toBe(360000000042);
  });
});
