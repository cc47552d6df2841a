import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from './harness.ts';
import { decodeEntities, hostileRaw, macroPlaybook } from './macro-fixture.ts';

let site: SiteBuild;
const page = (route: string) => readFile(path.join(site.dist, route, 'index.html'), 'utf8');
/** The part of a page inside one `<section aria-labelledby=…>`. */
const section = (html: string, heading: string) =>
  new RegExp(`<section[^>]*aria-labelledby="${heading}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
// A start tag with its attributes; quoted values may hold `>` (a title such as `a <b>`), so `[^>]*` will not do.
const startTag = /<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** For `script` and `textarea`, whose content is text up to their end tag: that text, undecoded. */
  text: string;
}

/** Every start tag in the page as the HTML tokenizer sees it (escaped text never starts a tag). */
function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let textEnd = 0;
  for (const match of html.matchAll(startTag)) {
    // Inside a script's or textarea's text nothing is a tag.
    if (match.index < textEnd) continue;
    const name = match[1]!.toLowerCase();
    const attributes = new Map(
      [...match[2]!.matchAll(attributePattern)].map((attribute) => [
        attribute[1]!.toLowerCase(),
        decodeEntities((attribute[2] ?? '').replace(/^["']|["']$/g, '')),
      ]),
    );
    const after = match.index + match[0].length;
    const end = name === 'script' || name === 'textarea' ? html.toLowerCase().indexOf(`</${name}`, after) : -1;
    if (end !== -1) textEnd = end;
    tags.push({ name, attributes, text: end === -1 ? '' : html.slice(after, end) });
  }
  return tags;
}

/** The text of each `<textarea data-copy-source>`, decoded as a browser reads it. */
const copySources = (html: string) =>
  startTags(html)
    .filter((tag) => tag.name === 'textarea' && tag.attributes.has('data-copy-source'))
    .map((tag) => decodeEntities(tag.text));
const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ''));
const macroIds = (html: string) => [...html.matchAll(/<tr[^>]* data-macro="([^"]+)"/g)].map((match) => match[1]!);

beforeAll(async () => {
  site = await buildSite({ contentRoot: await macroPlaybook() });
}, 120_000);

describe('the built macro page', () => {
  it('keeps markup written in a macro as text, never as elements or handlers', async () => {
    const html = await page('macros/hostile-reply');
    const tags = startTags(html);
    for (const script of tags.filter((tag) => tag.name === 'script')) {
      expect(script.attributes.get('type')).toBe('module');
      expect(script.text).not.toContain('alert');
    }
    expect(tags.filter((tag) => ['img', 'iframe', 'object', 'embed'].includes(tag.name))).toEqual([]);
    expect(tags.flatMap((tag) => [...tag.attributes.keys()].filter((name) => name.startsWith('on')))).toEqual([]);
    expect(tags.filter((tag) => /^\s*javascript:/i.test(tag.attributes.get('href') ?? ''))).toEqual([]);
    const reply = textOf(/<div class="reply-text"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '');
    expect(reply).toContain('<script>alert(1)</script>');
    expect(reply).toContain('<img src=x onerror=alert(1)>');
    expect(reply).toContain('<a href="#" onclick="alert(1)">here</a>');
  });

  it('escapes the title wherever it appears', async () => {
    const html = await page('macros/hostile-reply');
    expect(startTags(html).filter((tag) => tag.name === 'b')).toEqual([]);
    expect(html).toContain('<h1 data-pagefind-weight="10">Hostile &lt;b&gt;title&lt;/b&gt; &amp; &quot;quotes&quot;</h1>');
  });

  it('marks every placeholder in the rendered reply', async () => {
    const html = await page('macros/hostile-reply');
    const marked = [...html.matchAll(/<mark class="placeholder">([^<]*)<\/mark>/g)].map((match) => match[1]);
    expect(marked).toEqual([
      '{{placeholders}}',
      '{{ticket.requester.first_name}}',
      '{{ticket.id}}',
      '{{ticket.assignee.name}}',
      '{{current_user.first_name}}',
    ]);
  });

  it('keeps lists, links and line breaks of the reply', async () => {
    const html = await page('macros/refund-approved');
    expect(html).toContain('<a href="mailto:billing@northwind.example">billing@northwind.example</a>');
    expect(html).toContain('Best,\n<mark class="placeholder">{{current_user.first_name}}</mark>');
    const hostile = await page('macros/hostile-reply');
    expect(hostile).toContain('<li>First, reply to this email.</li>');
  });

  it('embeds the raw reply for the copy button as escaped text, placeholders intact', async () => {
    const html = await page('macros/hostile-reply');
    expect(copySources(html)).toEqual([hostileRaw]);
    expect(html).toContain(
      '<button type="button" class="copy-button" data-copy-button aria-label="Copy reply: Hostile <b>title</b> &amp; ' +
        '&quot;quotes&quot;" hidden>Copy reply</button>',
    );
    expect(html).toContain('aria-live="polite"');
  });

  it('shows owner, usage, source and the SOPs that use the macro', async () => {
    const html = await page('macros/hostile-reply');
    expect(html).toContain('<a href="/owners/billing-ops/">Billing operations</a>');
    expect(html).toMatch(/Uses per quarter<\/dt>\s*<dd>\s*about 103/);
    expect(html).toContain('Zendesk macro <code>987654</code>');
    expect(textOf(section(html, 'used-by-heading'))).toContain('Refunds and service credits');
  });

  it('tells reps an archived macro is not to be used and offers no copy button', async () => {
    const html = await page('macros/old-apology');
    expect(textOf(html)).toContain('Archived — do not use.');
    expect(html).not.toContain('data-copy-button');
  });

  it('carries the search filters for type, category, owner and status', async () => {
    const html = await page('macros/hostile-reply');
    for (const filter of ['type:Macro', 'category:Billing and payments', 'owner:Billing operations', 'status:active', 'channel:email']) {
      expect(html).toContain(`data-pagefind-filter="${filter}"`);
    }
  });
});

describe('the built macro registry', () => {
  it('lists every macro once, drafts marked', async () => {
    const html = await page('macros');
    const files = (await readdir(path.join(site.contentRoot, 'content/macros'))).map((file) => file.replace(/\.md$/, ''));
    expect(macroIds(html).sort()).toEqual(files.sort());
    const draftRow = /<tr[^>]* data-macro="chargeback-evidence-request"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(draftRow).toContain('<span class="badge status-draft">draft</span>');
  });

  it('shows archive candidates and archived macros apart from those in use', async () => {
    const html = await page('macros');
    expect(macroIds(section(html, 'candidates-heading')).sort()).toEqual(['phone-callback-scheduled', 'rarely-used']);
    expect(macroIds(section(html, 'archived-heading'))).toEqual(['old-apology']);
    const inUse = macroIds(section(html, 'in-use-heading'));
    expect(inUse).toContain('refund-approved');
    expect(inUse).toContain('chargeback-evidence-request');
    expect(inUse).not.toContain('rarely-used');
    expect(inUse).not.toContain('old-apology');
  });

  it('gives each row its owner link, usage and the SOPs that use it', async () => {
    const html = await page('macros');
    const row = /<tr[^>]* data-macro="refund-approved"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('data-owner="billing-ops"');
    expect(row).toContain('data-usage="258.57"');
    expect(row).toContain('<a href="/owners/billing-ops/">Billing operations</a>');
    expect(row).toContain('<a href="/sops/refunds-and-credits/">Refunds and service credits</a>');
    expect(textOf(row)).toContain('2 May 2028');
  });
});

describe('the macros on an SOP page', () => {
  it('each have a preview, a link and a copy button holding the raw reply', async () => {
    const html = section(await page('sops/refunds-and-credits'), 'macros-heading');
    const ids = [
      'hostile-reply',
      'refund-approved',
      'refund-declined-outside-window',
      'service-credit-applied',
      'redirect-to-workspace-admin',
    ];
    for (const id of ids) expect(html).toContain(`<a href="/macros/${id}/">`);
    const files = await Promise.all(ids.map((id) => readFile(path.join(site.contentRoot, 'content/macros', `${id}.md`), 'utf8')));
    const expected = files.map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, '').trim());
    expect(expected[0]).toBe(hostileRaw);
    expect(copySources(html)).toEqual(expected);
    expect(html).toContain('<p class="macro-preview">Good news: I&#39;ve approved a refund');
  });
});
