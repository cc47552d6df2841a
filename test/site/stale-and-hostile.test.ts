// A copy of the sample with a stale SOP, one due soon, one whose author typed markup into every field,
// and an edit link configured: what reps must see, and what must never run.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, buildSite, copyPlaybook, launchBrowser, serveSite, type SiteBuild, type StaticServer } from './harness.ts';
import { parseHtml } from './parse-html.ts';
import { axeViolations } from './axe.ts';

const hostileSop = `---
title: <script>alert(1)</script> & "quotes"
summary: Handles <img src=x onerror=alert(1)> and </p><h1>fake</h1> in one line
owner: support-frontline
version: 1.0.0
status: active
reviewed: 2026-11-01
category: intake
scope:
  appliesTo: <b>Tickets</b> with markup in them
---

## Steps

1. Read the ticket <script>alert(2)</script> as text.
2. Reply.

## Edge cases

- **Markup in the subject**: treat it as text.
`;

async function stalePlaybook(): Promise<string> {
  const root = await copyPlaybook();
  const edit = async (file: string, change: (text: string) => string) => {
    const full = path.join(root, 'content', file);
    await writeFile(full, change(await readFile(full, 'utf8')));
  };
  // Publishing with an overdue SOP is a policy choice: the team lets `review-overdue` warn instead of stop.
  await edit('playbook.yaml', (text) =>
    text.replace('rules: {}', 'rules: { review-overdue: warning }\neditUrl: https://git.example.com/acme/playbook/edit/main/{path}'),
  );
  await edit('sops/refunds-and-credits.mdx', (text) => text.replace('reviewed: 2026-11-02', 'reviewed: 2024-11-02'));
  await edit('sops/voice-and-tone.mdx', (text) => text.replace('reviewed: 2026-10-30', 'reviewed: 2024-11-30'));
  await writeFile(path.join(root, 'content', 'sops', 'hostile-title.mdx'), hostileSop);
  return root;
}

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite({ contentRoot: await stalePlaybook() });
});

const html = (route: string) => readFile(path.join(site.dist, route, 'index.html'), 'utf8');

describe('a playbook with stale reviews and hostile content', () => {
  it('counts the overdue and due-soon reviews on the home page', async () => {
    const home = await html('');
    expect(home).toMatch(/<strong class="stat-bad">1<\/strong> overdue for review/);
    expect(home).toMatch(/<strong class="stat-warn">1<\/strong> due for review soon/);
  });

  it('lists the overdue SOP under its owner in the review calendar', async () => {
    const reviews = await html('reviews/');
    const overdue = /<section id="overdue"[\s\S]*?<\/section>/.exec(reviews)?.[0] ?? '';
    expect(overdue).toContain('<a href="/owners/billing-ops/">Billing operations</a>');
    expect(overdue).toContain('<a href="/sops/refunds-and-credits/">Refunds and service credits</a>');
    expect(overdue).toContain('205 days ago');
  });

  it('escapes markup typed into titles, summaries and bodies on every page', async () => {
    const page = await html('sops/hostile-title/');
    expect(page).toContain('<h1 data-pagefind-weight="10">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</h1>');
    expect(page).toContain('Handles &lt;img src=x onerror=alert(1)&gt; and &lt;/p&gt;&lt;h1&gt;fake&lt;/h1&gt; in one line');
    // Inside quoted attribute values `<` is only text, so look at the pages as a browser parses them.
    const files = (await readdir(site.dist, { recursive: true })).filter((file) => file.endsWith('.html'));
    for (const file of files) {
      const document = parseHtml(await readFile(path.join(site.dist, file), 'utf8'));
      expect(document.querySelector('footer.site-footer'), `${file} parsed to the end`).not.toBeNull();
      expect(document.querySelectorAll('script:not([src]), img[src="x"], [onerror], b').length, file).toBe(0);
      expect(
        [...document.querySelectorAll('h1')].map((heading) => heading.textContent),
        file,
      ).not.toContain('fake');
    }
  });

  it('links each SOP to its file for suggested changes when editUrl is set', async () => {
    expect(await html('sops/refunds-and-credits/')).toContain(
      '<a href="https://git.example.com/acme/playbook/edit/main/content/sops/refunds-and-credits.mdx">Suggest a change to this SOP</a>',
    );
  });
});

const skip = browserSkipReason();

describe.runIf(!skip)('stale and hostile content in the browser', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveSite(site);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('warns at the top of an overdue SOP that it may be out of date', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    const banner = page.locator('.banner-overdue');
    expect(await banner.isVisible()).toBe(true);
    expect((await banner.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Review overdue. This SOP was due for review on 2 May 2026 (205 days ago) and may be out of date. Check with Billing ' +
        'operations before acting on anything unusual.',
    );
    const box = await banner.boundingBox();
    expect(box && box.y).toBeLessThan(400);
    expect(await page.locator('.facts .badge.review-overdue').textContent()).toBe('Review overdue');
    expect((await page.locator('.facts div', { hasText: 'Next review' }).locator('dd').textContent())?.trim()).toBe(
      '2 May 2026 (205 days ago)',
    );
    await page.close();
  });

  it('tells reps when an SOP is due for review soon', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sops/voice-and-tone/`);
    expect((await page.locator('.banner-due-soon').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Review due soon. This SOP is due for review on 30 Nov 2026 (in 7 days).',
    );
    expect(await page.locator('.banner-overdue').count()).toBe(0);
    await page.close();
  });

  it('keeps the warnings readable for everyone, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      for (const route of ['', 'sops/refunds-and-credits/', 'sops/voice-and-tone/', 'reviews/', 'owners/billing-ops/']) {
        await page.goto(server.url + route);
        expect(await axeViolations(page), `${colorScheme} /${route}`).toEqual([]);
      }
      await context.close();
    }
  }, 120_000);

  it('shows a hostile title in search results as text and runs none of it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url);
    await page.keyboard.press('/');
    await page.keyboard.type('markup subject');
    await expect
      .poll(() => page.locator('[role="option"] .result-name').allTextContents(), { timeout: 15_000 })
      .toContain('<script>alert(1)</script> & "quotes"');
    await page.goto(`${server.url}sops/hostile-title/`);
    expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script> & "quotes"');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
