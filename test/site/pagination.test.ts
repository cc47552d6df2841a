// Long listings: a category or owner with more SOPs than one page holds (200) gets numbered pages
// below its own address, each linked from the others; short ones stay one page. So does a macro registry
// with more macros than a page holds, whose filter still finds every macro (in Chromium).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSkipReason, buildSite, copyPlaybook, launchBrowser, serveSite, type SiteBuild } from './harness.ts';

let site: SiteBuild;
let playbook: string;
const page = (route: string) => readFile(path.join(site.dist, route, 'index.html'), 'utf8');
const items = (html: string) => (html.match(/<li class="item(?: [^"]*)?"/g) ?? []).length;
const pagerHrefs = (html: string) =>
  [...(/<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1]?.matchAll(/href="([^"]+)"/g) ?? [])].map((match) => match[1]);

beforeAll(async () => {
  playbook = await copyPlaybook();
  const source = await readFile(path.join(playbook, 'content/sops/refunds-and-credits.mdx'), 'utf8');
  // 430 more billing SOPs owned by billing-ops: with the sample's own, three pages of each list.
  await Promise.all(
    Array.from({ length: 430 }, (_, index) =>
      writeFile(
        path.join(playbook, 'content/sops', `billing-case-${index + 1}.mdx`),
        source.replace(/^title: .*$/m, `title: Billing case ${index + 1}`),
      ),
    ),
  );
  // 420 more macros: the registry (28 of the sample's) spans three pages; `Rarely sent reply 410` sits on the last.
  const macro = await readFile(path.join(playbook, 'content/macros/csat-thank-you.md'), 'utf8');
  await Promise.all(
    Array.from({ length: 420 }, (_, index) =>
      writeFile(
        path.join(playbook, 'content/macros', `bulk-reply-${index + 1}.md`),
        macro
          .replace(/^title: .*$/m, `title: Rarely sent reply ${index + 1}`)
          .replace(/^usage: .*$/m, 'usage: { count: 1, since: 2026-07-01 }'),
      ),
    ),
  );
  site = await buildSite({ contentRoot: playbook, env: { SOP_DIAGRAMS: 'client' } });
}, 600_000);

afterAll(async () => {
  await rm(playbook, { recursive: true, force: true });
});

describe('a category with more SOPs than a page holds', () => {
  it('shows 200 a page, the rest on numbered pages, each linking to the others', async () => {
    const first = await page('categories/billing');
    const total = Number(/SOPs 1–200 of (\d+)/.exec(first)?.[1]);
    expect(total).toBeGreaterThan(430);
    expect(items(first)).toBe(200);
    expect(pagerHrefs(first)).toEqual(['/categories/billing/2/', '/categories/billing/3/', '/categories/billing/2/']);
    const third = await page('categories/billing/3');
    expect(items(third)).toBe(total - 400);
    expect(third).toContain(`SOPs 401–${total} of ${total}`);
    expect(pagerHrefs(third)).toEqual(['/categories/billing/2/', '/categories/billing/', '/categories/billing/2/']);
    expect(await readdir(path.join(site.dist, 'categories', 'billing'))).toEqual(['2', '3', 'index.html']);
  });

  it('keeps a short category on one page without a pager', async () => {
    const account = await page('categories/account');
    expect(pagerHrefs(account)).toEqual([]);
    expect(await readdir(path.join(site.dist, 'categories', 'account'))).toEqual(['index.html']);
  });
});

describe('an owner with more SOPs than a page holds', () => {
  it('pages the SOP list and keeps the facts on every page', async () => {
    const first = await page('owners/billing-ops');
    expect(first).toMatch(/SOPs owned <span class="count">\(1–200 of \d+\)<\/span>/);
    const second = await page('owners/billing-ops/2');
    expect(second).toMatch(/SOPs owned <span class="count">\(201–400 of \d+\)<\/span>/);
    expect(second).toContain('<dt>Owns</dt>');
    expect(items(second)).toBe(200);
    expect(pagerHrefs(second)).toEqual([
      '/owners/billing-ops/',
      '/owners/billing-ops/',
      '/owners/billing-ops/3/',
      '/owners/billing-ops/3/',
    ]);
  });
});

const macroRows = (html: string) => [...html.matchAll(/<tr[^>]* data-macro="([^"]+)"/g)].map((match) => match[1]!);

describe('a macro registry with more macros than a page holds', () => {
  it('shows 200 a page, the shelves in order, with a pager and its index for the filter', async () => {
    const first = await page('macros');
    expect(macroRows(first)).toHaveLength(200);
    expect(first).toContain('Macros 1–200 of 448');
    expect(pagerHrefs(first)).toEqual(['/macros/page/2/', '/macros/page/3/', '/macros/page/2/']);
    const third = await page('macros/page/3');
    expect(macroRows(third)).toHaveLength(48);
    expect(third).toContain('Macros 401–448 of 448');
    // Archive candidates (the rarely sent replies) start on page 1, after the sample's macros in use.
    expect(first).toMatch(/aria-labelledby="candidates-heading"[\s\S]*data-macro="bulk-reply-1"/);
    const index = JSON.parse(await readFile(path.join(site.dist, 'macros/registry.json'), 'utf8')) as { macros: Array<{ id: string }> };
    expect(index.macros).toHaveLength(448);
    expect(first).toContain('data-registry-index="/macros/registry.json"');
  });
});

describe.runIf(!browserSkipReason())('the long macro registry in Chromium', () => {
  it('finds a macro on a later page from page 1, by keyboard, and goes back to the page when the filter is cleared', async () => {
    const server = await serveSite(site);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${server.url}macros/`);
      expect(await tab.locator('tr[data-macro="bulk-reply-410"]').count()).toBe(0);
      await tab.getByLabel('Filter macros').focus();
      await tab.keyboard.type('reply 410');
      await expect
        .poll(() => tab.locator('tr[data-macro]:visible').evaluateAll((rows) => rows.map((row) => row.dataset.macro)))
        .toEqual(['bulk-reply-410']);
      await expect.poll(() => tab.locator('[data-registry-count]').textContent()).toBe('Showing 1 of 448 macros');
      const link = tab.locator('tr[data-macro="bulk-reply-410"] th a');
      expect(await link.textContent()).toBe('Rarely sent reply 410');
      expect(await link.getAttribute('href')).toBe('/macros/bulk-reply-410/');
      expect(await tab.locator('nav.pager').isVisible()).toBe(false);
      expect(await axeViolations(tab)).toEqual([]);

      // Every macro sorted by usage: the first batch of 200, then 200 more on request.
      await tab.getByLabel('Filter macros').fill('');
      await tab.getByLabel('Sort by').selectOption('usage');
      await expect.poll(() => tab.locator('[data-registry-count]').textContent()).toBe('Showing all 448 macros (the first 200 listed)');
      await tab.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => tab.locator('tr[data-macro]:visible').count()).toBe(400);

      await tab.getByRole('button', { name: 'Clear' }).click();
      await expect.poll(() => tab.locator('nav.pager').isVisible()).toBe(true);
      expect(await tab.locator('tr[data-macro]').count()).toBe(200);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
