// Checklist runs, "Updated since you last read it" and /changes/ in real Chromium, over a playbook in a
// temporary git repository: one build, then a commit that bumps an SOP's version, then a second build
// served at the same address (so the browser's storage carries over, as it does for a rep).
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAtom } from '../helpers/atom.ts';
import { axeViolations } from './axe.ts';
import { browserSkipReason, buildSite, copyPlaybook, launchBrowser, serveSite, type SiteBuild, type StaticServer } from './harness.ts';

const skip = browserSkipReason();
const sopPath = 'content/sops/refunds-and-credits.mdx';
const strictPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'";
const bumpSubject = 'Refunds: check the request against the refund policy line by line';

function git(repository: string, args: string[], date: string): void {
  const stamp = `${date}T10:00:00Z`;
  execFileSync('git', args, {
    cwd: repository,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Helen Voss',
      GIT_AUTHOR_EMAIL: 'helen@example.com',
      GIT_COMMITTER_NAME: 'Helen Voss',
      GIT_COMMITTER_EMAIL: 'helen@example.com',
      GIT_AUTHOR_DATE: stamp,
      GIT_COMMITTER_DATE: stamp,
    },
  });
}

/** The sample playbook in a fresh repository with one commit. */
async function playbookRepository(): Promise<string> {
  const repository = await copyPlaybook();
  git(repository, ['init', '-q'], '2026-11-02');
  git(repository, ['add', '.'], '2026-11-02');
  git(repository, ['commit', '-q', '-m', 'Import the Northwind playbook'], '2026-11-02');
  return repository;
}

/** Version 5.0.2 becomes 6.0.0 and step 3 is re-worded, in a second commit. */
async function bumpRefunds(repository: string): Promise<void> {
  const file = path.join(repository, sopPath);
  const text = await readFile(file, 'utf8');
  const changed = text
    .replace('version: 5.0.2', 'version: 6.0.0')
    .replace(
      '3. Check the request against the policy table above.',
      '3. Check the request against the refund policy table above, line by line.',
    );
  expect(changed).not.toBe(text);
  await writeFile(file, changed);
  git(repository, ['commit', '-q', '-am', bumpSubject], '2026-11-20');
}

describe.runIf(!skip)('checklist runs, read tracking and changes in Chromium', () => {
  let repository: string;
  let first: SiteBuild;
  let served: SiteBuild;
  let server: StaticServer;
  let browser: Browser;
  let rep: BrowserContext;
  let runLink = '';
  const problems: string[] = [];

  beforeAll(async () => {
    repository = await playbookRepository();
    first = await buildSite({ contentRoot: repository });
    // A copy whose `dist` the test swaps for the rebuilt site: same address, so storage survives.
    served = { ...first };
    server = await serveSite(served, { 'content-security-policy': strictPolicy });
    browser = await launchBrowser();
    rep = await newContext();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    return browser.newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
      ...options,
    });
  }

  async function open(context: BrowserContext, address: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${address}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${address}: ${error.message}`));
    await page.goto(address.startsWith('http') ? address : server.url + address);
    return page;
  }

  const step = (page: Page, number: number) => page.getByRole('checkbox', { name: `Done: step ${number}`, exact: true });
  const ticks = async (page: Page) => Promise.all([1, 2, 3, 4].map((number) => step(page, number).isChecked()));

  it('keeps ticked steps 1 and 3 through a reload', async () => {
    await rep.clock.setFixedTime(new Date('2026-12-01T09:00:00Z'));
    const page = await open(rep, 'sops/refunds-and-credits/');
    await step(page, 1).check();
    await step(page, 3).check();
    expect(await page.locator('[data-run-progress]').textContent()).toBe('Checklist: 2 of 11 steps done');
    await page.reload();
    expect(await ticks(page)).toEqual([true, false, true, false]);
    runLink = page.url();
    expect(runLink).toBe(`${server.url}sops/refunds-and-credits/#run=1&v=5.0.2&at=1796115600000&done=s1ov58qn,s0wtyxlo`);
    // Back to the SOP without the fragment, in the same tab: sessionStorage brings the run back.
    await page.goto(server.url);
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    expect(await ticks(page)).toEqual([true, false, true, false]);
    expect(page.url()).toBe(runLink);
    await page.close();
  });

  it('opens a run link in a fresh browser with the same ticks', async () => {
    const colleague = await newContext();
    const page = await open(colleague, runLink);
    expect(await ticks(page)).toEqual([true, false, true, false]);
    expect(await page.locator('.sop-notice').count()).toBe(0);
    await colleague.close();
  });

  it('copies the run log from the keyboard, in the rep\u2019s time zone', async () => {
    const page = await open(rep, runLink);
    await rep.clock.setFixedTime(new Date('2026-12-01T09:05:00Z'));
    await page.getByRole('button', { name: 'Copy run log' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-run-status]').textContent()).toBe('Run log copied: paste it as an internal note');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        'SOP run: Refunds and service credits (version 5.0.2)',
        runLink,
        'Started: 2026-12-01 10:00 (Europe/Berlin)',
        'Copied: 2026-12-01 10:05 (Europe/Berlin)',
        '',
        "[x] 1. Find the charge with the Stripe app in the Zendesk sidebar, using the customer's invoice number (for example " +
          'NW-10442); never ask for card details.',
        '[ ] 2. Confirm the requester is a workspace owner or billing admin; if not, send Redirect to workspace admin.',
        '[x] 3. Check the request against the policy table above.',
        '[ ] 4. Check the refund history on the Stripe customer; escalate if there were 2 refunds in the last 12 months.',
        '[ ] 5. Check the amount against your approval limit in the escalation path.',
        '[ ] 6. Cancel the subscription first if the customer is also leaving, so the refund is not followed by another renewal charge.',
        '[ ] 7. Issue the refund in Stripe to the original payment method, with the ticket link in the refund description.',
        '[ ] 8. Apply a service credit as a negative balance on the Stripe customer when a credit is the remedy instead of cash.',
        '[ ] 9. Add an internal note with the amount, the Stripe refund reference and the policy line you applied.',
        '[ ] 10. Send Refund approved, Service credit applied or Refund declined.',
        '[ ] 11. Tag the ticket refund or credit and solve it.',
        '',
        '2 of 11 steps done',
      ].join('\n'),
    );
    await page.close();
  });

  it('shows the run log selected when the browser refuses to copy', async () => {
    const refusing = await browser.newContext();
    await refusing.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the page's fallback uses it, so the test blocks it too
      document.execCommand = () => false;
    });
    const page = await open(refusing, runLink);
    await page.getByRole('button', { name: 'Copy run log' }).click();
    await expect.poll(() => page.locator('[data-run-status]').textContent()).toMatch(/press Ctrl\+C/);
    const source = page.locator('textarea[data-run-source]');
    expect(await source.isVisible()).toBe(true);
    expect(
      await source.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd)),
    ).toMatch(/^SOP run: Refunds and service credits \(version 5\.0\.2\)\n[\s\S]*\n2 of 11 steps done$/);
    await refusing.close();
  });

  it('resets a run', async () => {
    const context = await newContext();
    const page = await open(context, runLink);
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await ticks(page)).toEqual([false, false, false, false]);
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    expect(await ticks(page)).toEqual([false, false, false, false]);
    await context.close();
  });

  it('reads exactly as before with script off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}sops/refunds-and-credits/`);
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);
    expect(await page.locator('[data-run-bar]').isVisible()).toBe(false);
    expect(await page.locator('.read-tracking').isVisible()).toBe(false);
    expect(await page.locator('ol[data-steps] > li').first().textContent()).toMatch(/^Find the charge/);
    await context.close();
  });

  it(
    'after a version bump and rebuild, tells the rep what changed since they last read it, in search results and on the ' +
      'page, marked as major',
    async () => {
      await bumpRefunds(repository);
      const second = await buildSite({ contentRoot: repository, run: 2 });
      served.dist = second.dist;
      const search = await open(rep, '');
      await search.keyboard.press('/');
      await search.keyboard.type('refunds service credits');
      const result = search.locator('#site-search-results [role="option"]', { hasText: 'Refunds and service credits' }).first();
      await result.waitFor({ timeout: 15_000 });
      expect(await result.locator('.badge.updated-major').textContent()).toBe('Updated since you read it: 5.0.2 → 6.0.0');
      await search.close();
      const page = await open(rep, 'sops/refunds-and-credits/');
      const notice = page.locator('.sop-notice', { hasText: 'Updated since you last read it' });
      await notice.waitFor();
      expect(await notice.locator('strong').textContent()).toBe('Updated since you last read it: 5.0.2 → 6.0.0');
      expect(await notice.getAttribute('class')).toContain('notice-major');
      expect(await notice.locator('li').allTextContents()).toEqual([bumpSubject]);
      expect(await notice.textContent()).toContain('Major change: read the whole procedure again');
      await page.reload();
      expect(await page.locator('.sop-notice', { hasText: 'Updated since' }).count()).toBe(0);
      await page.close();
    },
    180_000,
  );

  it('opens an old run link with the changed notice, keeping the ticks that still match', async () => {
    // axe is injected as an inline script, which the policy rightly refuses: this context lets it in.
    const colleague = await newContext({ bypassCSP: true });
    const page = await open(colleague, runLink);
    const notice = page.locator('.sop-notice', { hasText: 'changed since this run started' });
    expect(await notice.locator('strong').textContent()).toBe('This SOP changed since this run started (5.0.2 → 6.0.0)');
    expect(await notice.locator('p').nth(1).textContent()).toBe(
      '1 ticked step no longer matches and was cleared; the other ticks are kept.',
    );
    expect(await ticks(page)).toEqual([true, false, false, false]);
    expect(await axeViolations(page)).toEqual([]);
    await colleague.close();
  }, 60_000);

  it('forgets what the rep has read on request', async () => {
    const page = await open(rep, 'sops/refunds-and-credits/');
    await page.getByRole('button', { name: "Forget what I've read" }).click();
    expect(await page.locator('[data-forget-status]').textContent()).toBe(
      'Forgotten: this browser no longer remembers which SOPs you have read',
    );
    expect(await page.evaluate(() => localStorage.getItem('sop-playbook:read'))).toBeNull();
    await page.close();
  });

  it('lists the bump on /changes/ under its week, linked from the home page', async () => {
    const home = await open(rep, '');
    await home.getByRole('link', { name: 'All changes, by week' }).click();
    await home.waitForURL(`${server.url}changes/`);
    const week = home.locator('section', { has: home.getByRole('heading', { name: 'Week of 16 Nov 2026' }) });
    const item = week.locator('li.change').first();
    const text = async (selector: string) => (await item.locator(selector).textContent())?.replace(/\s+/g, ' ').trim();
    expect(await text('.item-head')).toBe('SOP Refunds and service credits major');
    expect(await text('.item-facts')).toBe(`5.0.2 → 6.0.0 · ${bumpSubject} · Helen Voss · 20 Nov 2026`);
    expect(await home.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Week of 16 Nov 2026', 'Week of 2 Nov 2026']);
    await home.close();
  });

  it('publishes the bump in /changes.xml, valid Atom with ids that stay the same across builds', async () => {
    const before = await readFile(path.join(first.dist, 'changes.xml'), 'utf8');
    const after = await (await fetch(`${server.url}changes.xml`)).text();
    const feed = parseAtom(after);
    expect(feed.updated).toBe('2026-11-20T10:00:00+00:00');
    const [bump] = feed.entry!;
    expect(bump).toMatchObject({
      title: 'SOP Refunds and service credits: 6.0.0 (major, was 5.0.2)',
      updated: '2026-11-20T10:00:00+00:00',
      author: { name: 'Helen Voss' },
      link: [{ rel: 'alternate', type: 'text/html', href: '/sops/refunds-and-credits/' }],
      category: { term: 'major', label: 'major' },
      summary: { '#text': bumpSubject, type: 'text' },
    });
    const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);
    expect(ids(feed.entry!).slice(1)).toEqual(ids(parseAtom(before).entry!).slice(0, feed.entry!.length - 1));
  });

  it('shows notices and ticks without moving the page, axe-clean in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext({ colorScheme, bypassCSP: true });
      await context.addInitScript(() => {
        localStorage.setItem('sop-playbook:read', JSON.stringify({ 'refunds-and-credits': '5.0.2' }));
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await open(context, runLink);
      await page.locator('.sop-notice').nth(1).waitFor();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), colorScheme).toBe(0);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.goto(`${server.url}changes/`);
      expect(await axeViolations(page), `${colorScheme} /changes/`).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('logged no console error under the strict Content-Security-Policy', () => {
    expect(problems).toEqual([]);
  });
});
