import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSkipReason, buildSite, launchBrowser, searchFor, serveSite, type StaticServer } from './harness.ts';

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
    await searchFor(page, 'refund');
    await eventually(() => titles(page)).toContain('Refunds and service credits');
    const result = page.locator('[role="option"]', { hasText: 'Refunds and service credits' });
    expect(await result.locator('.result-summary').textContent()).toMatch(/^When we refund, when we credit instead/);
    expect(await result.locator('.badge').allTextContents()).toEqual(['SOP', 'active']);
    expect(await result.locator('.result-facts').textContent()).toMatch(
      /^Owner: Billing operations · Billing and payments · matched in “[^”]+”$/,
    );
    expect((await titles(page))[0]).toBe('Refunds and service credits');
    await page.close();
  });

  it('narrows results with the filters', async () => {
    const page = await open();
    await searchFor(page, 'refund');
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
    await searchFor(page, 'refund stripe flibbertigibbet');
    await eventually(() => status(page)).toMatch(
      new RegExp(
        /^No page matches every word; showing pages that match some of them \(nothing matches “flibbertigibbet”\)\. /.source +
          /\d+ results?(, showing the first 20)?$/.source,
      ),
    );
    expect((await titles(page))[0]).toBe('Refunds and service credits');
    await page.close();
  });

  it('walks the results with the arrow keys and opens one with Enter', async () => {
    const page = await open('reviews/');
    await searchFor(page, 'outage');
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
    await searchFor(page, 'refund');
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
    await searchFor(page, 'chargeback');
    await eventually(async () => (await titles(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it("corrects typos against the playbook's own words and says what it searched for", async () => {
    const page = await open();
    await searchFor(page, 'custmer lost 2fa devise');
    await eventually(() => page.locator('.search-correction').textContent()).toBe(
      'Showing results for customer lost 2fa device; search instead for custmer lost 2fa devise',
    );
    expect(await status(page)).toMatch(/^Showing results for “customer lost 2fa device”\. .*\d+ results?/);
    expect((await titles(page)).slice(0, 3)).toContain('Account recovery and ownership transfer');
    expect(await page.locator('.search-correction strong').textContent()).toBe('customer lost 2fa device');
    expect(await page.locator('#site-search-input').inputValue()).toBe('custmer lost 2fa devise');
    await page.close();
  });

  it('searches the words as typed from the keyboard with "search instead for", focus back in the field', async () => {
    const page = await open();
    await searchFor(page, 'refnud');
    const instead = page.getByRole('button', { name: 'search instead for refnud' });
    await instead.waitFor({ timeout: 15_000 });
    await instead.focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('.search-correction').isHidden()).toBe(true);
    expect(await status(page)).not.toMatch(/Showing results for/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    // Typing again corrects again.
    await page.keyboard.type('s');
    await eventually(() => page.locator('.search-correction').textContent()).toBe(
      'Showing results for refunds; search instead for refnuds',
    );
    await page.close();
  });

  it('leaves words the playbook holds, numbers and ids alone', async () => {
    const page = await open();
    await searchFor(page, 'refund 2026 sev1');
    await eventually(() => status(page)).toMatch(/result/);
    expect(await page.locator('.search-correction').isHidden()).toBe(true);
    await page.close();
  });

  it("finds an SOP by words meaning the same as the rep's, and by what customers call it", async () => {
    const page = await open();
    await searchFor(page, 'customer wants their money back');
    await eventually(async () => (await titles(page)).slice(0, 3)).toContain('Refunds and service credits');
    await page.locator('#site-search-input').fill('hijacked');
    await eventually(async () => (await titles(page))[0]).toBe('Account recovery and ownership transfer');
    await page.close();
  });

  it("shows an SOP's aliases to no reader", async () => {
    const page = await open('sops/account-recovery/');
    expect(await page.locator('.search-aliases').isHidden()).toBe(true);
    expect(await page.getByText('hijacked account').count()).toBe(1);
    expect(await page.locator('.search-aliases').getAttribute('data-pagefind-weight')).toBe('8');
    await page.close();
  });

  it('finds an SOP by another name for its subject, hidden from readers and never quoted in results', async () => {
    const sop = await open('sops/voice-and-tone/');
    expect(await sop.locator('.search-concepts').first().isHidden()).toBe(true);
    expect(await sop.locator('.search-concepts').first().textContent()).toContain('furious');
    await sop.close();
    const page = await open();
    await searchFor(page, 'furious');
    await eventually(async () => (await titles(page))[0]).toBe('Voice and tone');
    expect(await page.locator('#site-search-results').textContent()).not.toContain('irate');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the correction notice without accessibility violations in ${colorScheme} mode`, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(server.url);
      await searchFor(page, 'acount recovry');
      await page.locator('.search-instead').waitFor({ timeout: 15_000 });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('fetches the vocabulary when the first search starts, not when the field is focused', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.keyboard.press('/');
    await page.waitForResponse((response) => response.url().includes('pagefind/pagefind.js'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.endsWith('search-vocabulary.json'))).toEqual([]);
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/search-vocabulary.json')),
      page.keyboard.type('refund'),
    ]);
    await page.close();
  });

  it('loads no search code until the field is used', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    await page.waitForLoadState('networkidle');
    expect(
      requested.filter((path) => path.includes('pagefind') || path.includes('search-ui') || path.includes('search-vocabulary')),
    ).toEqual([]);
    await page.keyboard.press('/');
    await page.waitForResponse((response) => response.url().includes('pagefind/pagefind.js'));
    await page.close();
  });
});
