import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToPlainText } from '../../../src/core/macros/reply-html.ts';
import { escapeMarkdownText } from '../../../src/core/macros/markdown-escape.ts';
import { htmlToMarkdown, plainTextToMarkdown } from '../../../src/core/macros/reply-markdown.ts';
import { loadTestPlaybook, macroText, playbookFiles } from '../../helpers/playbook.ts';

describe('htmlToMarkdown', () => {
  it('keeps placeholders verbatim, with no escaped underscores', () => {
    expect(htmlToMarkdown('<p>Hi {{ticket.requester.first_name}}, from {{current_user.first_name}} about #{{ticket.id}}</p>')).toBe(
      'Hi {{ticket.requester.first_name}}, from {{current_user.first_name}} about #{{ticket.id}}\n',
    );
  });

  it('turns paragraphs, line breaks, emphasis, lists and links into clean Markdown', () => {
    const html =
      '<p>Hi,</p><p>Your <strong>refund</strong> is <em>on its way</em>.<br>Best,<br>Maya</p><ol><li>Open <a ' +
      'href="https://help.example/refunds">the guide</a></li><li>Reply</li></ol><ul><li>One</li></ul>';
    expect(htmlToMarkdown(html)).toBe(
      'Hi,\n\nYour **refund** is *on its way*.\nBest,\nMaya\n\n1. Open [the guide](https://help.example/refunds)\n2. Reply\n\n- One\n',
    );
  });

  it('keeps a placeholder as a link target', () => {
    expect(htmlToMarkdown('<p><a href="{{ticket.link}}">your request</a></p>')).toBe('[your request]({{ticket.link}})\n');
  });

  it('keeps a <script> element and escaped markup as inert text, never as raw HTML', () => {
    const markdown = htmlToMarkdown('<p>Never paste &lt;script&gt;alert(1)&lt;/script&gt; or &lt;b&gt;.</p><script>alert("x")</script>');
    expect(markdown).toBe('Never paste \\<script>alert(1)\\</script> or \\<b>.\n\n\\<script>alert("x")\\</script>\n');
    const document = loadTestPlaybook(playbookFiles({ 'content/macros/m.md': macroText({ body: markdown }) })).macros[0]!;
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(document.tree);
    expect(types.has('html')).toBe(false);
  });

  it('drops javascript: links and data: images but keeps their text', () => {
    expect(htmlToMarkdown('<p><a href="javascript:alert(1)">click</a> <img src="data:image/png;base64,AAAA" alt="logo"></p>')).toBe(
      'click logo\n',
    );
  });

  it('escapes entity-like text so that it shows as written', () => {
    expect(htmlToMarkdown('<p>AT&amp;T writes &amp;amp; for &amp;</p>')).toBe('AT&T writes \\&amp; for &\n');
  });

  it('keeps a table a table, its first row the header, each cell on one line with its pipes escaped', () => {
    const html =
      '<p>Your plan:</p><table><tbody><tr><td>Item</td><td>Price</td></tr>' +
      '<tr><td>Plan | Pro</td><td><p>$25</p><p>for {{ticket.requester.first_name}}</p></td></tr></tbody></table>';
    const markdown = htmlToMarkdown(html);
    expect(markdown).toBe('Your plan:\n\n| Item | Price |\n| --- | --- |\n| Plan \\| Pro | $25 for {{ticket.requester.first_name}} |\n');
    expect(markdownToHtml(markdown)).toContain('<td>Plan | Pro</td>\n<td>$25 for {{ticket.requester.first_name}}</td>');
  });
});

describe('plainTextToMarkdown', () => {
  it('escapes Markdown syntax in plain text but never inside placeholders', () => {
    expect(
      escapeMarkdownText('{{ticket.requester.first_name}} *not bold* _not em_ snake_case [x] {% if ticket.tags contains "vip_a" %}'),
    ).toBe('{{ticket.requester.first_name}} \\*not bold\\* \\_not em\\_ snake_case [x] {% if ticket.tags contains "vip_a" %}');
  });

  it('escapes what would start a list, heading or quote at the start of a line', () => {
    expect(plainTextToMarkdown('1. Log in\n- or not\n# 5\n> quote\r\n+ plus')).toBe(
      '1\\. Log in\n\\- or not\n\\# 5\n\\> quote\n\\+ plus\n',
    );
  });

  const chunks = [
    'a',
    'Bb',
    'snake_case',
    '_',
    '*',
    '**',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '&',
    '&amp;',
    '&#35;',
    '#',
    '##',
    '-',
    '--',
    '+',
    '=',
    '1.',
    '2)',
    '`',
    '```',
    '~',
    '~~',
    '\\',
    '!',
    '|',
    ':',
    '{',
    '}',
    '{{ticket.requester.first_name}}',
    '{{ticket.id | upcase}}',
    '{% if ticket.status == "solved" %}',
    'https://help.example/reset',
    'www.example.com',
    'help@example.com',
  ];
  const word = fc.array(fc.constantFrom(...chunks), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
  const text = fc
    .tuple(word, fc.array(fc.tuple(fc.constantFrom(' ', '\n', '\n\n'), word), { maxLength: 8 }))
    .map(([first, rest]) => first + rest.map(([separator, next]) => separator + next).join(''));

  it('round-trips any plain text through Markdown exactly, placeholders included', () => {
    fc.assert(
      fc.property(text, (plain) => {
        expect(markdownToPlainText(plainTextToMarkdown(plain))).toBe(plain);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });
});

describe('markdownToHtml', () => {
  it('renders line breaks, keeps placeholders in text and links, and escapes raw HTML', () => {
    expect(markdownToHtml('Hi {{ticket.requester.first_name}},\n\nSee [your request]({{ticket.link}}).\nBest <b>x</b>')).toBe(
      '<p>Hi {{ticket.requester.first_name}},</p>\n<p>See <a href="{{ticket.link}}">your request</a>.<br>\nBest &lt;b>x&lt;/b></p>',
    );
  });

  it('reports formatting as not plain text', () => {
    expect(markdownToPlainText('Hi **there**')).toBeUndefined();
    expect(markdownToPlainText('- one')).toBeUndefined();
    expect(markdownToPlainText('Hi there,\nsee https://help.example\n\nBye')).toBe('Hi there,\nsee https://help.example\n\nBye');
  });
});
