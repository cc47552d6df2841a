import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, buildSite, launchBrowser, serveSite, type StaticServer } from './harness.ts';

const skip = browserSkipReason();

describe.runIf(!skip)('search in the browser', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveSite(await buildSite());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path = ''): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url + path);
    return page;
  }

  const status = (page: Page) => page.locator('.search-status').textContent();
  // The first search loads Pagefind's index and WebAssembly: allow for a busy machine.
  const eventually = <Value>(read: () => Promise<Value>) => expect.poll(read, { timeout: 15_000 });
  const titles = (page: Page) => page.locator('#site-search-results [role="option"] .result-name').allTextContents();

  async function search(page: Page, query: string): Promise<void> {
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await page.locator('.search-status').filter({ hasText: /result|match|Nothing/ }).waitFor({ timeout: 15_000 });
  }

  it('focuses the search field when / is pressed, but not while typing in another field', async () => {
    const page = await open('sops/refunds-and-credits/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('refund');
    await page.locator('.search-filters select[name="category"]').focus();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('category');
    await page.close();
  });

  it('finds an SOP by its title words and shows its summary, status and owner', async () => {
    const page = await open('sops/ticket-intake/');
    await search(page, 'refund');
    await eventually(() => titles(page)).toContain('Refunds and service credits');
    const result = page.locator('[role="option"]', { hasText: 'Refunds and service credits' });
    expect(await result.locator('.result-summary').textContent()).toMatch(/^When we refund, when we credit instead/);
    expect(await result.locator('.badge').allTextContents()).toEqual(['SOP', 'active']);
    expect(await result.locator('.result-facts').textContent()).toMatch(/^Owner: Billing operations · Billing and payments · matched in “[^”]+”$/);
    expect((await titles(page))[0]).toBe('Refunds and service credits');
    await page.close();
  });

  it('narrows results with the filters', async () => {
    const page = await open();
    await search(page, 'refund');
    await eventually(async () => (await titles(page)).length).toBeGreaterThan(2);
    const before = await titles(page);
    await page.locator('.search-filters select[name="type"]').selectOption('Macro');
    await eventually(() => titles(page)).not.toEqual(before);
    const macros = page.locator('#site-search-results [role="option"]');
    for (const badge of await macros.locator('.badge.type-macro').all()) expect(await badge.textContent()).toBe('Macro');
    expect(await macros.locator('.badge.type-sop').count()).toBe(0);
    await page.locator('.search-filters select[name="type"]').selectOption('SOP');
    await page.locator('.search-filters select[name="status"]').selectOption('retired');
    await eventually(() => titles(page)).toEqual(['Phone callback requests (retired)']);
    await page.close();
  });

  it('still shows pages when one word of a question matches nothing, and says so', async () => {
    const page = await open();
    await search(page, 'refund stripe flibbertigibbet');
    await eventually(() => status(page)).toMatch(/^No page matches every word; showing pages that match some of them \(nothing matches “flibbertigibbet”\)\. \d+ results?$/);
    expect((await titles(page))[0]).toBe('Refunds and service credits');
    await page.close();
  });

  it('walks the results with the arrow keys and opens one with Enter', async () => {
    const page = await open('reviews/');
    await search(page, 'outage');
    await eventually(async () => (await titles(page)).length).toBeGreaterThan(1);
    const input = page.locator('#site-search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = page.locator('#site-search-results [role="option"]').nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    const title = await second.locator('.result-name').textContent();
    await Promise.all([page.waitForURL(/\/(sops|macros)\/[a-z0-9-]+\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.close();
  });

  it('closes the results with Escape', async () => {
    const page = await open();
    await search(page, 'refund');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-panel').isHidden()).toBe(true);
    expect(await page.locator('#site-search-input').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('runs the search given in ?q= on the home page, as the header form sends it without JavaScript', async () => {
    const page = await open('?q=two-factor');
    await eventually(() => titles(page)).toContain('Account recovery and ownership transfer');
    expect(await page.locator('#site-search-input').inputValue()).toBe('two-factor');
    await page.close();
  });

  it('answers a missing page with the 404 page and its search field', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}sops/no-such-procedure/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await search(page, 'chargeback');
    await eventually(async () => (await titles(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('loads no search code until the field is used', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind') || path.includes('search-ui'))).toEqual([]);
    await page.keyboard.press('/');
    await page.waitForResponse((response) => response.url().includes('pagefind/pagefind.js'));
    await page.close();
  });
});
