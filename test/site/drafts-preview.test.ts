// A playbook with drafts imported from Zendesk Guide: the published build leaves them out; the `--drafts`
// preview shows each with a Draft banner, lists them by owner at /drafts/, and lets search filter to them.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import {
  browserSkipReason,
  buildSite,
  copyPlaybook,
  launchBrowser,
  repoRoot,
  serveSite,
  type SiteBuild,
  type StaticServer,
} from './harness.ts';

const articles = path.join(repoRoot, 'test/cli/fixtures/import/zendesk/articles.json');
const resetId = 'resetting-a-customer-s-two-factor-authentication';

async function playbookWithDrafts(): Promise<string> {
  const root = await copyPlaybook();
  await promisify(execFile)(
    process.execPath,
    [path.join(repoRoot, 'bin/sop.js'), 'import', 'zendesk-guide', articles, '--owner', 'support-tier2'],
    {
      cwd: root,
      env: { ...process.env, SOP_TODAY: '2026-11-23' },
    },
  );
  return root;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(html|md|txt|json|xml)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

let published: SiteBuild;
let preview: SiteBuild;
beforeAll(async () => {
  const root = await playbookWithDrafts();
  published = await buildSite({ contentRoot: root });
  preview = await buildSite({ contentRoot: root, args: ['--drafts'] });
}, 600_000);

describe('drafts in the published playbook and in a preview', () => {
  it('publishes no draft and no /drafts/ page in the default build', () => {
    expect(existsSync(path.join(published.dist, 'sops', resetId))).toBe(false);
    expect(existsSync(path.join(published.dist, 'drafts'))).toBe(false);
  });

  it('publishes every draft in the preview, with /drafts/', async () => {
    expect(existsSync(path.join(preview.dist, 'sops', resetId, 'index.html'))).toBe(true);
    expect(existsSync(path.join(preview.dist, 'sops', 'refunds-for-annual-plans', 'index.html'))).toBe(true);
    expect(existsSync(path.join(preview.dist, 'drafts', 'index.html'))).toBe(true);
    expect(preview.output).toMatch(/a preview with 3 drafts/);
  });

  it('never lets a script, an event handler or a javascript: link from an imported article reach the site', async () => {
    for (const file of await filesUnder(preview.dist)) {
      const text = await readFile(file, 'utf8');
      expect(text, file).not.toMatch(/alert\(|steal\(|javascript:alert/);
    }
  });
});

const skip = browserSkipReason();

describe.runIf(!skip)('the drafts preview in the browser', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveSite(preview);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(route: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(server.url + route);
    return page;
  }

  it('shows a Draft banner on a draft, saying what it still needs', async () => {
    const page = await open(`sops/refunds-for-annual-plans/`);
    const banner = page.locator('.banner-sop-draft');
    expect(await banner.isVisible()).toBe(true);
    expect((await banner.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Draft: not published yet. This page is in a preview only; do not follow it with customers. Still to do: needs Steps ' +
        'and Edge cases (all drafts).',
    );
    await page.context().close();
  });

  it('lists the drafts by owner with counts at /drafts/, reachable from the menu', async () => {
    const page = await open('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drafts' }).click();
    await page.waitForURL(/\/drafts\/$/);
    const owners = await page.locator('.drafts-owner h2').allTextContents();
    expect(owners.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['Billing operations (1 draft)', 'Tier 2 support (2 drafts)']);
    const tier2 = page.locator('.drafts-owner').nth(1);
    expect(await tier2.locator('.drafts-list > li > a').allTextContents()).toEqual([
      'Refunds for annual plans',
      "Resetting a customer's two-factor authentication",
    ]);
    expect(await page.locator('.lede').textContent()).toContain('3 drafts: 1 need Steps, 1 need Edge cases, 0 with broken links, 2 ready.');
    await page.context().close();
  });

  it('finds drafts in search and filters to them by status', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    await page.keyboard.type('two-factor');
    await page
      .locator('.search-status')
      .filter({ hasText: /result|match|Nothing/ })
      .waitFor({ timeout: 15_000 });
    await page.locator('.search-filters select[name="status"]').selectOption('draft');
    await expect
      .poll(() => page.locator('#site-search-results [role="option"] .result-name').allTextContents(), { timeout: 15_000 })
      .toContain("Resetting a customer's two-factor authentication");
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no accessibility violations on /drafts/ and a draft in ${colorScheme} mode`, async () => {
      for (const route of ['drafts/', `sops/${resetId}/`]) {
        const page = await open(route, colorScheme);
        expect(await axeViolations(page), `${colorScheme} /${route}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});
