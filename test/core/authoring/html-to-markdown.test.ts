import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/core/authoring/import/html-to-markdown.ts';
import { unwrapGoogleUrl } from '../../../src/core/authoring/import/google-docs.ts';

const fixtures = path.resolve(import.meta.dirname, '../../cli/fixtures/import');
const read = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');

describe('HTML to Markdown for import', () => {
  it('keeps only the main content of a Confluence page: no breadcrumbs, metadata, attachment list or footer', () => {
    const { markdown, title, source, panels } = htmlToMarkdown(read('confluence/Refund-requests_98310.html'));
    expect({ title, source, panels }).toEqual({ title: 'Refund requests', source: 'confluence', panels: 1 });
    expect(markdown).toBe(
      [
        '# Refund requests',
        '',
        'How Tier 1 handles a customer who asks for their money back. See also [Chargebacks](Chargebacks_98312.html) and the ' +
          '[public refund policy](https://example.com/refund-policy).',
        '',
        '> **Danger: Never refund twice**',
        '>',
        '> Check the payment history before every refund.',
        '',
        '## Procedure',
        '',
        '1. Find the order in the billing console.',
        '   1. Search by the customer’s email.'.replace('’', "'"),
        '   2. Open the latest invoice.',
        '2. Check the plan against the table below.',
        '3. Grant the refund and tag the ticket refund-granted.',
        '',
        '![The billing console](attachments/98310/98311.png)',
        '',
        '| Plan    | Refund window     |',
        '| ------- | ----------------- |',
        '| Monthly | 14 days           |',
        '| Annual  | 30 days, prorated |',
        '',
        '```bash',
        'billing refund --order 1234 --reason "customer request"',
        '```',
        '',
        '## Exceptions',
        '',
        '- **Chargeback already open**: do not refund; follow [Chargebacks](Chargebacks_98312.html).',
        '',
      ].join('\n'),
    );
    for (const chrome of [
      'Customer Support',
      'Created by',
      'Attachments',
      'Document generated',
      'bullet_blue',
      'script',
      'javascript:',
      'steal',
    ]) {
      expect(markdown.replace('# Refund requests', '')).not.toContain(chrome);
    }
  });

  it(
    'reads a Google Docs export: title paragraph, bold and italic classes, redirected links, ' + 'flat lists nested by level, header row',
    () => {
      const { markdown, title, source } = htmlToMarkdown(read('google-docs/Chargeback-playbook.html'));
      expect({ title, source }).toEqual({ title: 'Chargeback playbook', source: 'google-docs' });
      expect(markdown).toContain('# Chargeback playbook\n');
      expect(markdown).toContain(
        '**Never refund a disputed charge**: the bank already returned the money. Policy: [chargeback ' +
          'policy](https://example.com/chargebacks)',
      );
      expect(markdown).toMatch(
        new RegExp(
          /1\. Open the dispute in the payments console\n\n? {3}1\. _Check the dispute reason code_/.source +
            /\n {3}2\. Check the order date\n\n?2\. Attach the evidence and submit within 7 days/.source,
        ),
      );
      expect(markdown).toContain(
        '| **Reason code** | **Evidence**                |\n| --------------- | --------------------------- |\n' +
          '| Fraud           | Login history, IP addresses |',
      );
      expect(markdown).toContain('![Payments console](images/image1.png)');
      expect(markdown).not.toContain('font-weight');
    },
  );

  it('drops scripts, event handlers and javascript: links, keeping the words', () => {
    const { markdown } = htmlToMarkdown(
      '<p><a href="javascript:alert(1)" onclick="x()">Open</a> <img src="x.png" onerror="steal()" ' +
        'alt="shot"></p><script>alert(1)</script><iframe src="javascript:alert(2)"></iframe>',
    );
    expect(markdown).toBe('Open ![shot](x.png)\n');
  });

  it('keeps an embedded video or page as a link to it, in its line or as a paragraph of its own', () => {
    const { markdown } = htmlToMarkdown(
      '<p>Watch:</p><iframe src="https://www.youtube.com/embed/abc" title="How to refund"></iframe>' +
        '<p>Or see <iframe src="https://player.vimeo.com/video/1"></iframe> here.</p>' +
        '<video controls><source src="media/demo.mp4" type="video/mp4">No video support.</video>',
    );
    expect(markdown).toBe(
      'Watch:\n\n[How to refund](https://www.youtube.com/embed/abc)\n\nOr see [Embedded page](https://player.vimeo.com/video/1) here.\n\n' +
        '[Video](media/demo.mp4)\n',
    );
  });

  it('keeps a table a table when its cells hold paragraphs, lists, code or another table', () => {
    const { markdown } = htmlToMarkdown(
      '<table><tr><th>Case</th><th>Do</th></tr>' +
        '<tr><td><p>Chargeback</p><p>open</p></td><td><ul><li>Do not refund</li><li>Escalate</li></ul></td></tr>' +
        '<tr><td><ol><li>first</li><li>second</li></ol></td><td><pre><code>refund --id 7\n--dry-run</code></pre></td></tr>' +
        '<tr><td><table><tr><td>inner</td><td>cells</td></tr></table></td><td><h3>Note</h3>text</td></tr></table>',
    );
    expect(markdown).toBe(
      [
        '| Case               | Do                         |',
        '| ------------------ | -------------------------- |',
        '| Chargeback open    | • Do not refund • Escalate |',
        '| 1. first 2. second | `refund --id 7 --dry-run`  |',
        '| inner cells        | Note text                  |',
        '',
      ].join('\n'),
    );
  });

  it("reads a Notion export: one numbered list from Notion's one list per item, callouts as panels, captions under images", () => {
    const { markdown, panels } = htmlToMarkdown(
      '<article class="page sans"><header><h1 class="page-title">Refunds</h1></header><div class="page-body">' +
        '<ol type="1" class="numbered-list" start="1"><li>Check the order.</li></ol>' +
        '<ol type="1" class="numbered-list" start="2"><li>Refund it.</li></ol>' +
        '<figure class="callout"><div style="font-size:1.5em"><span class="icon">💡</span></div>' +
        '<div>Never refund twice.</div></figure>' +
        '<figure class="image"><a href="Refunds/shot.png"><img src="Refunds/shot.png"/></a>' +
        '<figcaption>The refund screen</figcaption></figure>' +
        '</div></article>',
    );
    expect(panels).toBe(1);
    expect(markdown).toBe(
      '# Refunds\n\n1. Check the order.\n2. Refund it.\n\n> **Note**\n>\n> Never refund twice.\n\n' +
        '![The refund screen](Refunds/shot.png)\n\nThe refund screen\n',
    );
  });

  it('leaves out the blank paragraphs rich-text editors write between blocks', () => {
    expect(htmlToMarkdown('<h2>Before you begin</h2><p>&nbsp;</p><p> <br> </p><p>Check the order.</p>').markdown).toBe(
      '## Before you begin\n\nCheck the order.\n',
    );
  });

  it('leaves out the permalinks sites put beside headings and table rows', () => {
    const { markdown } = htmlToMarkdown(
      '<h2 id="steps">Steps<a class="headerlink" href="#steps" title="Permanent link">¶</a></h2>' +
        '<table><tr><th id="ic1"><a class="anchor" href="#ic1"></a>Level</th></tr><tr><td>IC1</td></tr></table>' +
        '<p>See <a href="#steps">the steps</a>.</p>',
    );
    expect(markdown).toBe('## Steps\n\n| Level |\n| ----- |\n| IC1   |\n\nSee [the steps](#steps).\n');
  });

  it('keeps the words of a link to a place that is no heading, such as a footnote, which Markdown cannot keep', () => {
    const { markdown } = htmlToMarkdown(
      '<h2 id="h_1">Steps</h2><p>Refund it.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> See <a href="#h_1">steps</a>.</p>' +
        '<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> Within 14 days.</p></div>',
    );
    expect(markdown).toBe('## Steps\n\nRefund it.\\[1] See [steps](#h_1).\n\n\\[1] Within 14 days.\n');
  });

  it("keeps links to a section around a heading, to a heading by its words, and to the id on a heading's permalink", () => {
    const { markdown } = htmlToMarkdown(
      '<section id="refund-steps"><h2>Refund steps</h2><p>x</p></section>' +
        '<h2><a id="ic1" class="anchor" href="#ic1"></a>Set up<a class="hash-link" href="#set-up">\u200b</a></h2>' +
        '<p>See <a href="#refund-steps">the steps</a>, <a href="#set-up">set-up</a> and <a href="#ic1">it</a>.</p>',
    );
    expect(markdown).toBe('## Refund steps\n\nx\n\n## Set up\n\nSee [the steps](#refund-steps), [set-up](#set-up) and [it](#ic1).\n');
  });

  it('unwraps Google redirect links and leaves others alone', () => {
    expect(unwrapGoogleUrl('https://www.google.com/url?q=https://example.com/a?b%3Dc&sa=D')).toBe('https://example.com/a?b=c');
    expect(unwrapGoogleUrl('https://example.com/')).toBe('https://example.com/');
  });
});
