// The playbook published under a sub-path (`/playbook/`), as on a shared intranet host: every link,
// asset and search result must stay under it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, buildSite, launchBrowser, serveSite, type SiteBuild, type StaticServer } from './harness.ts';
import { parseHtml } from './parse-html.ts';

const base = '/playbook/';
let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite({ base });
});

async function htmlFiles(): Promise<string[]> {
  return (await readdir(site.dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

/** Where a site-relative URL points inside the output folder, or undefined when that file does not exist. */
function fileFor(url: string): string | undefined {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  if (!pathname.startsWith(base)) return undefined;
  const relative = pathname.slice(base.length);
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

describe('the playbook under a base path', () => {
  it('links only to pages and assets that exist under the base path', async () => {
    const files = new Set(await htmlFiles());
    const all = new Set((await readdir(site.dist, { recursive: true })).map(String));
    const broken: string[] = [];
    for (const file of files) {
      const document = parseHtml(await readFile(path.join(site.dist, file), 'utf8'));
      expect(document.querySelector('footer.site-footer'), `${file} parsed to the end`).not.toBeNull();
      const urls = [
        ...[...document.querySelectorAll('a[href]')].map((element) => element.getAttribute('href')!),
        ...[...document.querySelectorAll('link[href], script[src], img[src]')].map(
          (element) => element.getAttribute('href') ?? element.getAttribute('src')!,
        ),
        ...[...document.querySelectorAll('form[action]')].map((element) => element.getAttribute('action')!),
      ].filter((url) => url.startsWith('/'));
      for (const url of urls) {
        const target = fileFor(url);
        if (!target || !all.has(target)) broken.push(`${file}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

const skip = browserSkipReason();

describe.runIf(!skip)('the playbook under a base path in the browser', () => {
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

  it('loads styles and scripts, searches, and opens results under the base path', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && !url.pathname.startsWith(base)) outside.push(url.pathname);
    });
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.facts')!).display)).toBe('grid');
    await page.keyboard.press('/');
    await page.keyboard.type('outage');
    const option = page.locator('#site-search-results [role="option"]').first();
    await option.waitFor({ timeout: 15_000 });
    await Promise.all([page.waitForURL(/\/playbook\/(sops|macros)\/[a-z0-9-]+\/$/), option.click()]);
    expect(await page.locator('h1').textContent()).toMatch(/outage/i);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('answers a missing page under the base path with the 404 page, styled', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}sops/gone/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).toBe('flex');
    await page.close();
  });

  it('points the AI outputs and the twin link under the base path', async () => {
    const llms = await readFile(path.join(site.dist, 'llms.txt'), 'utf8');
    const urls = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url).toMatch(/^\/playbook\/(sops|macros)\/[a-z0-9-]+\.md$/);
      expect(await readFile(path.join(site.dist, fileFor(url)!), 'utf8')).toMatch(/^# /);
    }
    const page = parseHtml(await readFile(path.join(site.dist, 'sops/refunds-and-credits/index.html'), 'utf8'));
    expect(page.querySelector('link[type="text/markdown"]')?.getAttribute('href')).toBe('/playbook/sops/refunds-and-credits.md');
    const api = JSON.parse(await readFile(path.join(site.dist, 'api/playbook.json'), 'utf8'));
    expect(api.sops[0].urls.page).toMatch(/^\/playbook\/sops\//);
  });
});
