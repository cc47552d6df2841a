// Accessibility (axe-core in Chromium, light and dark), keyboard use, and a clean console on every page
// under a strict Content-Security-Policy.
import { readdir } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSkipReason, buildSite, launchBrowser, serveSite, type SiteBuild, type StaticServer } from './harness.ts';

const skip = browserSkipReason();

/** What a careful host would send: scripts only from the site itself (WebAssembly allowed for Pagefind). */
const strictPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'";

describe.runIf(!skip)('accessibility and a clean console', () => {
  let site: SiteBuild;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    site = await buildSite();
    server = await serveSite(site);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const routes = [
    '',
    'sops/refunds-and-credits/',
    'sops/legacy-phone-callback/',
    'reviews/',
    'owners/helen-voss/',
    'owners/billing-ops/',
    'categories/billing/',
    'tags/refund/',
    'no-such-page/',
  ];

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no accessibility violations in ${colorScheme} mode`, async () => {
      const context: BrowserContext = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(server.url + route);
        expect(await axeViolations(page), `${colorScheme} /${route}`).toEqual([]);
      }
      // The open search panel too: combobox, filters and result listbox.
      await page.goto(server.url);
      await page.keyboard.press('/');
      await page.keyboard.type('refund');
      await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page), `${colorScheme} search results`).toEqual([]);
      await context.close();
    }, 120_000);
  }

  it('can be used with the keyboard alone: skip link first, then the search field', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('SOPs');
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it('logs no console error on any page, with search used, under a strict Content-Security-Policy', async () => {
    const strict = await serveSite(site, { 'content-security-policy': strictPolicy });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    // Moving on to the next page aborts its late requests (the icon): only other failures count.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`${page.url()}: ${request.url()} failed: ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${page.url()}: ${response.url()} answered ${response.status()}`);
    });
    const pages = (await readdir(site.dist, { recursive: true })).filter((file) => file.endsWith('index.html')).sort();
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const response = await page.goto(strict.url + file.replace(/index\.html$/, ''));
      expect(response?.status(), file).toBe(200);
    }
    await page.keyboard.press('/');
    await page.keyboard.type('outage');
    await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 15_000 });
    await page.close();
    await strict.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
