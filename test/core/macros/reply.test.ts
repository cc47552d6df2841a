import { describe, expect, it } from 'vitest';
import { replyPreview, replyText } from '../../../src/core/macros/reply.ts';
import { loadTestPlaybook, macroText, playbookFiles } from '../../helpers/playbook.ts';

function macroWithBody(body: string) {
  const playbook = loadTestPlaybook(playbookFiles({ 'content/macros/refund-approved.md': macroText({ body }) }));
  return playbook.macros[0]!;
}

describe('replyText', () => {
  it('is the body as written after the frontmatter, placeholders and Markdown intact, trimmed', () => {
    const macro = macroWithBody('\nHi {{ticket.requester.first_name}},\n\n- **one**\n- two\n\n');
    expect(replyText(macro)).toBe('Hi {{ticket.requester.first_name}},\n\n- **one**\n- two');
  });
});

describe('replyPreview', () => {
  it('skips a greeting line and joins the blocks as plain text', () => {
    const macro = macroWithBody(
      'Hi {{ticket.requester.first_name}},\n\nYour refund of **20 USD** is [on its way](https://example.com).\n\n- Step one\n- Step two\n',
    );
    expect(replyPreview(macro.tree)).toBe('Your refund of 20 USD is on its way. Step one Step two');
  });

  it('keeps a greeting that is the whole reply', () => {
    expect(replyPreview(macroWithBody('Hello there,\n').tree)).toBe('Hello there,');
  });

  it('cuts a long reply at a word boundary with an ellipsis', () => {
    const preview = replyPreview(macroWithBody(`${'word '.repeat(60)}\n`).tree, 40);
    expect(preview).toBe('word word word word word word word word…');
  });

  it('never ends on half a placeholder', () => {
    const preview = replyPreview(macroWithBody('Thanks, we will write to {{ ticket.requester.email }} soon.\n').tree, 40);
    expect(preview).toBe('Thanks, we will write to…');
  });

  it('leaves HTML comments out and shows other raw HTML as text', () => {
    expect(replyPreview(macroWithBody('<!-- note for authors -->\n\nSee <b>this</b>.\n').tree)).toBe('See <b>this</b>.');
  });
});
