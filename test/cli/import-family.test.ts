import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempFolder, writeFiles, writePlaybook } from '../helpers/cli-run.ts';

const repository = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures/import');

async function sop(cwd: string, args: string[], today = '2026-11-23'): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(repository, 'node_modules/.bin/node'),
      [path.join(repository, 'bin/sop.js'), ...args],
      {
        cwd,
        env: { ...process.env, SOP_TODAY: today },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A playbook with a copy of one fixture folder beside it, as `source/`. */
function setUp(fixture: string): string {
  const root = writePlaybook();
  cpSync(path.join(fixtures, fixture), path.join(root, 'source'), { recursive: true });
  return root;
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const sops = (root: string) => (existsSync(path.join(root, 'content/sops')) ? readdirSync(path.join(root, 'content/sops')).sort() : []);

describe('sop import html', () => {
  it('imports a Confluence space export without its chrome, keeping nested lists, tables and code, with its attachments', async () => {
    const root = setUp('confluence');
    const result = await sop(root, ['import', 'html', 'source', '--owner', 'billing-ops']);
    expect(result.code).toBe(0);
    expect(sops(root)).toEqual(['chargebacks.mdx', 'refund-requests.mdx']);
    const refunds = read(root, 'content/sops/refund-requests.mdx');
    expect(refunds).toContain('\ntitle: Refund requests\n');
    expect(refunds).toContain(
      "## Steps\n\n1. Find the order in the billing console.\n   1. Search by the customer's email.\n" +
        '   2. Open the latest invoice.\n2. Check',
    );
    expect(refunds).toContain('| Monthly | 14 days           |');
    expect(refunds).toContain('```bash\nbilling refund');
    expect(refunds).toContain(
      '<Callout kind="danger" title="Never refund twice">\n\nCheck the payment history before every refund.\n\n</Callout>',
    );
    expect(refunds).toContain('follow [Chargebacks](/sops/chargebacks/)');
    expect(refunds).toContain('![The billing console](../assets/attachments/98310/98311.png)');
    for (const chrome of ['Document generated', 'Created by', 'Attachments', 'breadcrumb', '<script', 'javascript:', 'onclick', 'steal'])
      expect(refunds).not.toContain(chrome);
    expect(readFileSync(path.join(root, 'content/assets/attachments/98310/98311.png'))).toEqual(
      readFileSync(path.join(fixtures, 'confluence/attachments/98310/98311.png')),
    );
    const chargebacks = read(root, 'content/sops/chargebacks.mdx');
    expect(chargebacks).toContain('[dispute-letter.pdf](../assets/attachments/98312/dispute-letter.pdf)');
    expect(result.stdout).toContain(
      'source/Chargebacks_98312.html -> content/sops/chargebacks.mdx\n' +
        '  - no Edge cases section: add `## Edge cases` with the situations that need different handling\n' +
        '  - copied 1 image or attachment into `content/assets/`\n' +
        '  - 1 image or attachment not found in the source: `attachments/98312/missing-form.pdf`; add the file or remove the link\n' +
        '  - turned 1 panel into `<Callout>`\n',
    );
    expect(result.stderr).toBe(
      'imported 2, skipped 0, 0 need Steps, 1 need Edge cases, 2 assets copied, 1 with missing images or attachments\n',
    );
    const lint = await sop(root, ['lint']);
    expect(lint.code).toBe(0);
  });

  it('imports a Google Docs web-page export with its nested list and table', async () => {
    const root = setUp('google-docs');
    const result = await sop(root, ['import', 'html', 'source', '--owner', 'billing-ops', '--category', 'billing']);
    expect(result.code).toBe(0);
    const text = read(root, 'content/sops/chargeback-playbook.mdx');
    expect(text).toContain(
      '## Steps\n\n1. Open the dispute in the payments console\n   1. _Check the dispute reason code_\n' +
        '   2. Check the order date\n2. Attach the evidence',
    );
    expect(text).toContain('| **Reason code** | **Evidence**                |');
    expect(text).toContain('[chargeback policy](https://example.com/chargebacks)');
    expect(text).toContain('![Payments console](../assets/images/image1.png)');
    expect(existsSync(path.join(root, 'content/assets/images/image1.png'))).toBe(true);
    expect(text).not.toMatch(/font-weight|lst-kix|google\.com\/url/);
  });

  it('says what it would do with --dry-run and writes nothing', async () => {
    const root = setUp('confluence');
    const result = await sop(root, ['import', 'html', 'source', '--owner', 'billing-ops', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'dry run, nothing written: would have imported 2, skipped 0, 0 need Steps, 1 need Edge cases, 2 assets copied, 1 with ' +
        'missing images or attachments\n',
    );
    expect(sops(root)).toEqual([]);
    expect(existsSync(path.join(root, 'public'))).toBe(false);
  });

  it('points links to a section at its anchor on the SOP page, whatever id the page gave the heading', async () => {
    const root = writePlaybook();
    writeFiles(root, {
      'source/Refunds_101.html':
        '<div id="main-content"><p>Read the <a href="#Refunds-Procedure">procedure</a>.</p>' +
        '<h2 id="Refunds-Procedure">Procedure</h2><ol><li>Refund.</li></ol><h2 id="Refunds-Exceptions">Exceptions</h2>' +
        '<ul><li>Chargeback: see <a href="Chargebacks_102.html#Chargebacks-Fraudcases">fraud cases</a>.</li></ul></div>',
      'source/Chargebacks_102.html':
        '<div id="main-content"><p>Chargebacks.</p><h2><a name="Chargebacks-Fraudcases"></a>Fraud cases</h2><p>Escalate.</p>' +
        '<p><a href="Refunds_101.html#Refunds-Exceptions">Back</a></p></div>',
    });
    expect((await sop(root, ['import', 'html', 'source', '--owner', 'billing-ops'])).code).toBe(0);
    expect(read(root, 'content/sops/refunds.mdx')).toContain('Read the [procedure](#steps).');
    expect(read(root, 'content/sops/refunds.mdx')).toContain('[fraud cases](/sops/chargebacks/#fraud-cases)');
    expect(read(root, 'content/sops/chargebacks.mdx')).toContain('[Back](/sops/refunds/#edge-cases)');
    const lint = await sop(root, ['lint', 'content/sops/refunds.mdx', 'content/sops/chargebacks.mdx']);
    expect(lint.stdout).not.toContain('broken-link');
  });

  it('follows the pretty URLs of a saved site (`/roles/`, `../roles/`) to the page saved as `roles/index.html`', async () => {
    const root = writePlaybook();
    writeFiles(root, {
      'site/roles/index.html': '<main><h1>Roles</h1><h2 id="deputy">Deputy</h2><p>Backs up the commander.</p></main>',
      'site/during/index.html':
        '<main><h1>During</h1><p>Page the <a href="/roles/#deputy">deputy</a> or see <a href="../roles/">roles</a>.</p></main>',
    });
    expect((await sop(root, ['import', 'html', 'site', '--owner', 'billing-ops'])).code).toBe(0);
    expect(read(root, 'content/sops/during.mdx')).toContain('Page the [deputy](/sops/roles/#deputy) or see [roles](/sops/roles/).');
  });

  it('copies an attachment whose address carries a query (`?version=1&api=v2`) and a lazily loaded image', async () => {
    const root = writePlaybook();
    writeFiles(root, {
      'space/attachments/5/screen.png': 'PNG',
      'space/attachments/5/guide.pdf': 'PDF',
      'space/Page_101.html':
        '<div id="main-content"><p><img src="attachments/5/screen.png?version=1&amp;modificationDate=1678000000000&amp;api=v2" ' +
        'alt="Screen"> <a href="attachments/5/guide.pdf?version=2&amp;api=v2">the guide</a> ' +
        '<img data-image-src="attachments/5/screen.png" alt="Lazy"> <img src="data:image/png;base64,AAAA" alt="Pasted"></p></div>',
    });
    const result = await sop(root, ['import', 'html', 'space', '--owner', 'billing-ops']);
    expect(result.stdout).toContain('copied 2 images and attachments');
    expect(read(root, 'content/sops/page.mdx')).toContain(
      '![Screen](../assets/attachments/5/screen.png) [the guide](../assets/attachments/5/guide.pdf) ' +
        '![Lazy](../assets/attachments/5/screen.png) Pasted\n',
    );
    expect((await sop(root, ['lint', 'content/sops/page.mdx'])).stdout).not.toContain('broken-link');
  });

  it('refuses a folder without HTML pages with exit 2', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'source/readme.md': '# Hi\n' });
    expect(await sop(root, ['import', 'html', 'source', '--owner', 'billing-ops'])).toMatchObject({
      code: 2,
      stderr: 'sop: no HTML files (.html, .htm) in `source`\n',
    });
  });
});

describe('sop import markdown brings its images along', () => {
  it(
    'finds images beside the page, at the source root and in a static/ folder above it, ' + 'and lists the missing ones once per file',
    async () => {
      const root = writePlaybook();
      const png = readFileSync(path.join(fixtures, 'google-docs/images/image1.png'));
      writeFiles(root, {
        'handbook/content/support/refunds.md':
          '# Refunds\n\n![Beside](img/beside.png) ![From static](/images/console.png) ![Again](/images/console.png)\n\n' +
          '![Gone](/images/gone.png) ![Gone again](/images/gone.png) ![Web](https://example.com/a.png)\n',
      });
      for (const file of ['handbook/content/support/img/beside.png', 'handbook/static/images/console.png']) {
        writeFiles(root, { [file]: '' });
        writeFileSync(path.join(root, file), png);
      }
      const result = await sop(root, ['import', 'markdown', 'handbook/content/support', '--owner', 'billing-ops']);
      expect(result.code).toBe(0);
      const text = read(root, 'content/sops/refunds.mdx');
      expect(text).toContain(
        '![Beside](../assets/img/beside.png) ![From static](../assets/images/console.png) ![Again](../assets/images/console.png)',
      );
      expect(text).toContain('![Gone](/images/gone.png) ![Gone again](/images/gone.png) ![Web](https://example.com/a.png)');
      expect(result.stdout).toContain(
        '  - 1 image or attachment not found in the source: `/images/gone.png`; add the file or remove the link\n',
      );
      expect(readdirSync(path.join(root, 'content/assets/images'))).toEqual(['console.png']);
      const lint = await sop(root, ['lint', '--format', 'json']);
      const messages = JSON.parse(lint.stdout).flatMap((file: { messages: Array<{ ruleId: string; message: string }> }) => file.messages);
      expect(
        messages
          .filter((message: { ruleId: string }) => message.ruleId === 'broken-link')
          .map((message: { message: string }) => message.message),
      ).toEqual([expect.stringContaining('/images/gone.png'), expect.stringContaining('/images/gone.png')]);
    },
  );
});

describe('sop import markdown reads what other tools saved', () => {
  it('reads UTF-16 and Windows-1252 documents into UTF-8 SOPs, saying so, and skips a file that is no text', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'handbook/plain.md': '# Plain refunds\n\nText.\n' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Café credits\n\nVoilà.\n', 'utf16le')]);
    writeFileSync(path.join(root, 'handbook/notepad.md'), utf16);
    // Word on Windows: `é` is one byte (0xE9), the apostrophe 0x92 and the dash 0x96, none of them valid UTF-8.
    writeFileSync(
      path.join(root, 'handbook/legacy.md'),
      Buffer.from('# Caf\xe9 refunds\n\nThe customer\x92s refund \x96 in 30 days.\n', 'latin1'),
    );
    writeFileSync(path.join(root, 'handbook/diagram.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const result = await sop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops']);
    expect(result.code, result.stderr).toBe(0);
    expect(read(root, 'content/sops/notepad.mdx')).toContain('title: Café credits');
    expect(read(root, 'content/sops/notepad.mdx')).toContain('Voilà.');
    expect(read(root, 'content/sops/legacy.mdx')).toContain('title: Café refunds');
    expect(read(root, 'content/sops/legacy.mdx')).toContain('The customer’s refund – in 30 days.');
    expect(result.stdout).toContain('  - read as UTF-16 (little-endian), as its byte order mark says; written as UTF-8\n');
    expect(result.stdout).toContain(
      '  - read as Windows-1252, since it is not UTF-8; written as UTF-8: check its accented letters and symbols\n',
    );
    expect(result.stdout).toContain('diagram.md: skipped: not a text file (it holds NUL bytes)');
    expect(existsSync(path.join(root, 'content/sops/diagram.mdx')) || existsSync(path.join(root, 'content/sops/diagram.md'))).toBe(false);
    expect(read(root, 'content/sops/plain.mdx')).not.toContain('read as');
    expect(result.stderr).toMatch(/imported 3, skipped 1 \(binary\)/);
  });
});

describe('sop import skips documents nested deeper than any handbook', () => {
  it('skips a list or quote nested over 100 levels, and HTML too deep to read, saying so, and imports the rest', async () => {
    const root = writePlaybook();
    const deepList = `# Deep\n\n${Array.from({ length: 150 }, (_, level) => `${'  '.repeat(level)}- item\n`).join('')}`;
    writeFiles(root, {
      'md/deep.md': deepList,
      'md/deep-cr.md': deepList.replaceAll('\n', '\r'),
      'md/quotes.md': `# Quotes\n\n${'> '.repeat(5000)}x\n`,
      'md/fine.md': '# Fine\n\nText.\n',
    });
    const markdown = await sop(root, ['import', 'markdown', 'md', '--owner', 'billing-ops']);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain('deep.md: skipped: it nests lists or quotes about 149 levels deep (more than 100); flatten it');
    // Its line ends old Mac tools write (a lone CR) do not hide its depth.
    expect(markdown.stdout).toContain('deep-cr.md: skipped: it nests lists or quotes about 149 levels deep');
    expect(markdown.stdout).toContain('quotes.md: skipped: it nests lists or quotes about 5000 levels deep');
    expect(existsSync(path.join(root, 'content/sops/fine.mdx'))).toBe(true);
    // Tens of thousands of nested elements exhaust the stack of the HTML tools: that page alone is skipped.
    const deepHtml = `<html><body><h1>Deep</h1>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`;
    writeFiles(root, { 'html/deep.html': deepHtml, 'html/ok.html': '<html><body><h1>Callbacks</h1><p>Text.</p></body></html>' });
    const html = await sop(root, ['import', 'html', 'html', '--owner', 'billing-ops']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('deep.html: skipped: its HTML is nested too deep to read');
    expect(html.stderr).not.toContain('unexpected failure');
    expect(existsSync(path.join(root, 'content/sops/ok.mdx'))).toBe(true);
    // The same for one help-centre article among others.
    const body = (text: string) => `<p>${text}</p>`;
    const guide = {
      articles: [
        { id: 1, title: 'Deep', body: `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`, draft: true },
        { id: 2, title: 'Callbacks by phone', body: body('Text.'), draft: true },
      ],
    };
    writeFiles(root, { 'guide.json': JSON.stringify(guide) });
    const fromGuide = await sop(root, ['import', 'zendesk-guide', 'guide.json', '--owner', 'billing-ops']);
    expect(fromGuide.stderr).not.toContain('unexpected failure');
    expect(fromGuide.code, fromGuide.stderr).toBe(0);
    expect(fromGuide.stdout).toContain('its HTML is nested too deep to read');
    expect(existsSync(path.join(root, 'content/sops/callbacks-by-phone.mdx'))).toBe(true);
  });
});

describe('sop import zendesk-guide', () => {
  const articles = path.join(fixtures, 'zendesk/articles.json');

  it('imports articles as drafts with their categories mapped through the sideloads, and a second import changes nothing', async () => {
    const root = writePlaybook();
    const first = await sop(root, ['import', 'zendesk-guide', articles, '--owner', 'support-ops']);
    expect(first).toMatchObject({ code: 2 });
    expect(first.stderr).toBe('sop: unknown owner `support-ops`; did you mean `support-l2`?\n');

    const imported = await sop(root, ['import', 'zendesk-guide', articles, '--owner', 'billing-ops']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('imported 2, skipped 0, 1 need Steps, 1 need Edge cases\n');
    expect(sops(root)).toEqual(['refunds-for-annual-plans.mdx', 'resetting-a-customer-s-two-factor-authentication.mdx']);
    const reset = read(root, 'content/sops/resetting-a-customer-s-two-factor-authentication.mdx');
    expect(reset).toMatch(/\nstatus: draft\nreviewed: 2026-09-30\ncategory: account\n/);
    expect(reset).toContain(
      'source:\n  system: zendesk-guide\n  id: 360001234567\n  url: https://acme.zendesk.' +
        'com/hc/en-us/articles/360001234567-Resetting-a-customer-s-two-factor-authentication\n  hash: ',
    );
    expect(reset).toContain('![Admin console](https://acme.zendesk.com/hc/article_attachments/1/console.png)');
    for (const unsafe of ['<script', 'alert(', 'onclick', 'onerror', 'javascript:']) expect(reset).not.toContain(unsafe);
    const refunds = read(root, 'content/sops/refunds-for-annual-plans.mdx');
    expect(refunds).toMatch(/\ncategory: billing\ntags:\n {2}- refund\n/);

    const before = sops(root).map((file) => read(root, `content/sops/${file}`));
    const again = await sop(root, ['import', 'zendesk-guide', articles, '--owner', 'billing-ops'], '2027-01-15');
    expect(again).toMatchObject({
      code: 0,
      stdout: 'Zendesk article 360001234567: skipped: unchanged\nZendesk article 360007654321: skipped: unchanged\n',
    });
    expect(again.stderr).toBe('imported 0, skipped 2 (unchanged), 0 need Steps, 0 need Edge cases\n');
    expect(sops(root).map((file) => read(root, `content/sops/${file}`))).toEqual(before);
    expect((await sop(root, ['lint'])).code).toBe(0);
  });

  it('updates an article changed in Zendesk, keeps local edits, and reports a conflict when both changed', async () => {
    const root = writePlaybook();
    await sop(root, ['import', 'zendesk-guide', articles, '--owner', 'billing-ops']);
    const changed = path.join(tempFolder(), 'articles.json');
    writeFileSync(
      changed,
      readFileSync(articles, 'utf8')
        .replace('within 30 days', 'within 45 days')
        .replace('escalate to Security and trust', 'escalate to Security'),
    );
    const file = path.join(root, 'content/sops/resetting-a-customer-s-two-factor-authentication.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Tell the customer to enroll again.', 'Ask the customer to enroll again.'));
    const result = await sop(root, ['import', 'zendesk-guide', changed, '--owner', 'billing-ops']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Zendesk article 360001234567: conflict: edited locally and changed in Zendesk since the last import; merge by hand, or ' +
        "pass --force to take Zendesk's version\n",
    );
    expect(result.stdout).toContain(
      'Zendesk article 360007654321 -> content/sops/refunds-for-annual-plans.mdx (updated)\n  - changed in Zendesk\n',
    );
    expect(result.stderr).toBe('imported 0, updated 1, skipped 0, 1 conflict, 1 need Steps, 1 need Edge cases\n');
    expect(read(root, 'content/sops/refunds-for-annual-plans.mdx')).toContain('within 45 days');
    expect(readFileSync(file, 'utf8')).toContain('Ask the customer');
  });

  it('keeps articles that are not drafts in Zendesk active with --status active, and drafts as drafts', async () => {
    const root = writePlaybook();
    await sop(root, ['import', 'zendesk-guide', articles, '--owner', 'billing-ops', '--status', 'active']);
    expect(read(root, 'content/sops/resetting-a-customer-s-two-factor-authentication.mdx')).toContain('\nstatus: active\n');
    expect(read(root, 'content/sops/refunds-for-annual-plans.mdx')).toContain('\nstatus: draft\n');
  });

  it("points links between articles at their SOP pages and the help centre's other paths at its full address", async () => {
    const root = writePlaybook();
    const article = (id: number, title: string, body: string) => ({
      id,
      title,
      body,
      html_url: `https://acme.zendesk.com/hc/en-us/articles/${id}-${title}`,
      updated_at: '2026-09-30T10:00:00Z',
    });
    writeFiles(root, {
      'one.json': JSON.stringify({
        articles: [
          article(
            11,
            'Refunds',
            '<p>See <a href="/hc/en-us/articles/12-Chargebacks">chargebacks</a>, ' +
              '<a href="https://acme.zendesk.com/hc/en-us/articles/12#h_01HFRAUD">fraud</a> and ' +
              '<a href="/hc/en-us/articles/99-Elsewhere">another article</a>.</p>' +
              '<p><img src="/hc/article_attachments/77/refund.png" alt="Refund screen"></p>' +
              '<video src="/hc/article_attachments/78/walkthrough.mp4"></video>',
          ),
          article(12, 'Chargebacks', '<p>Chargebacks.</p><h2 id="h_01HFRAUD">Fraud cases</h2><p>Escalate.</p>'),
        ],
      }),
      'two.json': JSON.stringify({ articles: [article(13, 'Disputes', '<p>Read <a href="/hc/en-us/articles/12">chargebacks</a>.</p>')] }),
    });
    expect((await sop(root, ['import', 'zendesk-guide', 'one.json', '--owner', 'billing-ops'])).code).toBe(0);
    const refunds = read(root, 'content/sops/refunds.mdx');
    expect(refunds).toContain(
      'See [chargebacks](/sops/chargebacks/), [fraud](/sops/chargebacks/#fraud-cases) and ' +
        '[another article](https://acme.zendesk.com/hc/en-us/articles/99-Elsewhere).',
    );
    expect(refunds).toContain('![Refund screen](https://acme.zendesk.com/hc/article_attachments/77/refund.png)');
    expect(refunds).toContain('[Video](https://acme.zendesk.com/hc/article_attachments/78/walkthrough.mp4)');
    expect((await sop(root, ['lint', 'content/sops/refunds.mdx'])).stdout).not.toContain('broken-link');
    // An article imported before, linked from a later export.
    expect((await sop(root, ['import', 'zendesk-guide', 'two.json', '--owner', 'billing-ops'])).code).toBe(0);
    expect(read(root, 'content/sops/disputes.mdx')).toContain('Read [chargebacks](/sops/chargebacks/).');
  });

  it('shows the title once when an article opens with it as a heading of its own', async () => {
    const root = writePlaybook();
    const body = '<h1>Password resets</h1><p>Intro.</p><h2>Procedure</h2><ol><li>Send the link.</li></ol>';
    writeFiles(root, { 'one.json': JSON.stringify({ articles: [{ id: 5, title: 'Password resets', body }] }) });
    expect((await sop(root, ['import', 'zendesk-guide', 'one.json', '--owner', 'billing-ops'])).code).toBe(0);
    const text = read(root, 'content/sops/password-resets.mdx');
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe('\nIntro.\n\n## Steps\n\n1. Send the link.\n');
  });

  it('imports articles of one title, as help centres have in each section, numbered by their ids', async () => {
    const root = writePlaybook();
    const faq = (id: number, words: string) => ({ id, title: id === 13 ? 'faq' : 'FAQ', body: `<p>${words}</p>` });
    writeFiles(root, { 'faq.json': JSON.stringify({ articles: [faq(12, 'Account.'), faq(11, 'Billing.'), faq(13, 'Third.')] }) });
    const first = await sop(root, ['import', 'zendesk-guide', 'faq.json', '--owner', 'billing-ops']);
    expect(first.stderr).toBe('imported 3, skipped 0, 3 need Steps, 3 need Edge cases\n');
    expect(sops(root).filter((file) => file.startsWith('faq'))).toEqual(['faq-2.mdx', 'faq-3.mdx', 'faq.mdx']);
    expect(read(root, 'content/sops/faq-2.mdx')).toContain('Account.');
    const again = await sop(root, ['import', 'zendesk-guide', 'faq.json', '--owner', 'billing-ops']);
    expect(again.stderr).toBe('imported 0, skipped 3 (unchanged), 0 need Steps, 0 need Edge cases\n');
  });

  it('names the file and place of a page that is not JSON, with exit 2', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'bad.json': '{ "articles": [ }' });
    const result = await sop(root, ['import', 'zendesk-guide', 'bad.json', '--owner', 'billing-ops']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sop: bad\.json:1:17: the file is not valid JSON: /);
  });

  it('reads a page saved as UTF-16, as Windows PowerShell 5 saves `curl … > articles.json`', async () => {
    const root = writePlaybook();
    const json = JSON.stringify({ articles: [{ id: 42, title: 'Café refunds', body: '<p>Voilà</p>' }] });
    // Little-endian with its byte order mark, as PowerShell writes it; and big-endian, which other Windows tools write.
    writeFileSync(path.join(root, 'le.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const result = await sop(root, ['import', 'zendesk-guide', 'le.json', '--owner', 'billing-ops']);
    expect(result.code, result.stderr).toBe(0);
    expect(read(root, 'content/sops/cafe-refunds.mdx')).toContain('Voilà');
    const bigEndian = Buffer.from(json, 'utf16le').swap16();
    writeFileSync(path.join(root, 'be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]));
    const again = await sop(root, ['import', 'zendesk-guide', 'be.json', '--owner', 'billing-ops', '--dry-run']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout + again.stderr).toContain('skipped 1');
  });

  it('says a page saved as UTF-16 without its byte order mark is not UTF-8, with exit 2', async () => {
    const root = writePlaybook();
    writeFileSync(path.join(root, 'nobom.json'), Buffer.from(JSON.stringify({ articles: [] }), 'utf16le'));
    const result = await sop(root, ['import', 'zendesk-guide', 'nobom.json', '--owner', 'billing-ops']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sop: nobom\.json: the file holds NUL bytes, so it is not UTF-8 text: save it as UTF-8/);
  });

  it('says what a field of the wrong kind holds instead of calling it missing, with exit 2', async () => {
    const root = writePlaybook();
    // An export passed through a spreadsheet or a script: ids as strings, a title that is a number.
    writeFiles(root, {
      'typed.json': JSON.stringify({
        articles: [
          { id: 1, title: 'A' },
          { id: '2', title: 'B' },
        ],
      }),
    });
    const result = await sop(root, ['import', 'zendesk-guide', 'typed.json', '--owner', 'billing-ops']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^sop: typed\.json:1:41: `articles\[1\]\.id` must be the numeric Zendesk article id; found the string `"2"`; /,
    );
    expect(result.stderr).not.toContain('is missing');
  });

  it('names the field of a single-article response as `article`, where it is, not as `articles[0]`', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'one.json': JSON.stringify({ article: { id: '7', title: 'A' } }) });
    const result = await sop(root, ['import', 'zendesk-guide', 'one.json', '--owner', 'billing-ops']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sop: one\.json:1:18: `article\.id` must be the numeric Zendesk article id; found the string `"7"`; /);
  });
});
