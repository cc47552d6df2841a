import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, buildSite, launchBrowser, repoRoot, serveSite, type StaticServer } from './harness.ts';
import { hostileRaw, macroPlaybook } from './macro-fixture.ts';

const skip = browserSkipReason();

describe.runIf(!skip)('macro copy buttons and the registry in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    // Under a base path, as many teams publish the playbook.
    const site = await buildSite({ contentRoot: await macroPlaybook(), base: '/playbook/' });
    server = await serveSite(site);
    browser = await launchBrowser();
    context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and records console errors, uncaught exceptions and dialogs (an `alert(1)` that ran). */
  async function open(path: string, into: BrowserContext = context): Promise<Page> {
    const page = await into.newPage();
    page.on('console', (message) => {
      // The favicon is the layout's business (and Chromium probes /favicon.ico on its own); this suite checks the macro pages.
      if (message.type() === 'error' && !/\/favicon\.(ico|svg)$/.test(message.location().url)) problems.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${path}: a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it('copies the exact raw reply, markup and placeholders intact, and confirms it', async () => {
    const page = await open('macros/hostile-reply/');
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    const button = page.getByRole('button', { name: /^Copy reply/ });
    await expect(button.evaluate((element) => element.tagName)).resolves.toBe('BUTTON');
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied to clipboard');
    expect(await page.locator('[data-copy-status]').getAttribute('aria-live')).toBe('polite');
    expect(await clipboard(page)).toBe(hostileRaw);
    await page.close();
  });

  it('runs nothing written in a macro', async () => {
    const page = await open('macros/hostile-reply/');
    const reply = page.locator('.reply-text');
    expect(await reply.locator('script, img, [onclick], [onerror]').count()).toBe(0);
    expect(await reply.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await reply.locator('mark.placeholder').allTextContents()).toEqual([
      '{{ticket.requester.first_name}}',
      '{{ticket.id}}',
      '{{ticket.assignee.name}}',
      '{{current_user.first_name}}',
    ]);
    await page.close();
  });

  it('copies from the keyboard', async () => {
    const page = await open('macros/refund-approved/');
    await page.getByRole('button', { name: /^Copy reply/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied to clipboard');
    expect(await clipboard(page)).toMatch(
      /^Hi \{\{ticket\.requester\.first_name\}\},\n\nGood news: I've approved a refund[\s\S]*\nBest,\n\{\{current_user\.first_name\}\}$/,
    );
    await page.close();
  });

  it('copies a macro from an SOP page', async () => {
    const page = await open('sops/refunds-and-credits/');
    const card = page.locator('.macro-card', { has: page.getByRole('link', { name: 'Refund declined, outside the refund window' }) });
    await card.getByRole('button', { name: 'Copy reply: Refund declined, outside the refund window' }).click();
    await expect.poll(() => card.locator('[data-copy-status]').textContent()).toBe('Copied to clipboard');
    const copied = await clipboard(page);
    expect(copied.startsWith('Hi {{ticket.requester.first_name}},\n\nThanks for explaining what happened.')).toBe(true);
    expect(copied).toContain('\n\n- make sure you aren');
    expect(await page.locator('.macro-card [data-copy-status]:not(:empty)').count()).toBe(1);
    await page.close();
  });

  it('shows the reply selected with instructions when the browser refuses to copy', async () => {
    const refusing = await browser.newContext();
    await refusing.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the page's fallback uses it, so the test blocks it too
      document.execCommand = () => false;
    });
    const page = await open('macros/refund-approved/', refusing);
    await page.getByRole('button', { name: /^Copy reply/ }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toMatch(/press Ctrl\+C/);
    const source = page.locator('textarea[data-copy-source]');
    expect(await source.isVisible()).toBe(true);
    const selected = await source.evaluate((element: HTMLTextAreaElement) =>
      element.value.slice(element.selectionStart, element.selectionEnd),
    );
    expect(selected).toBe(await source.inputValue());
    expect(selected.startsWith('Hi {{ticket.requester.first_name}},')).toBe(true);
    await refusing.close();
  });

  it('narrows the registry by text, owner and status, and sorts it by usage', async () => {
    const page = await open('macros/');
    const visibleRows = () => page.locator('tr[data-macro]:visible');
    const total = await page.locator('tr[data-macro]').count();
    expect(await visibleRows().count()).toBe(total);
    await expect.poll(() => page.locator('[data-registry-count]').textContent()).toBe(`Showing all ${total} macros`);

    const visibleIds = async () => (await visibleRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-macro')))).sort();
    // Every word must match, as a prefix or anywhere in title, owner, SOP titles, tags or Zendesk id.
    await page.getByLabel('Filter macros').fill('Refund DECL');
    await expect.poll(visibleIds).toEqual(['refund-declined-outside-window']);
    await expect.poll(() => page.locator('[data-registry-count]').textContent()).toBe(`Showing 1 of ${total} macros`);
    expect(page.url()).toContain('?q=Refund+DECL');
    await page.getByLabel('Filter macros').fill('360012345');
    await expect.poll(visibleIds).toEqual(['refund-approved']);

    await page.getByLabel('Filter macros').fill('');
    await page.getByLabel('Owner').selectOption({ label: 'Support operations' });
    await page.getByLabel('Status').selectOption('active');
    const owned = await visibleRows().evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-owner'), row.getAttribute('data-status')]),
    );
    expect(owned.length).toBeGreaterThan(0);
    expect(owned.every(([owner, status]) => owner === 'support-ops' && status === 'active')).toBe(true);
    // The archive candidate owned by support-ops stays on its own shelf, still shown there.
    expect(await page.locator('section[aria-labelledby="candidates-heading"] tr[data-macro="rarely-used"]').isVisible()).toBe(true);
    expect(await page.locator('section[aria-labelledby="archived-heading"] [data-registry-empty]').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Sort by').selectOption('usage');
    const usage = await page
      .locator('section[aria-labelledby="in-use-heading"] tr[data-macro]')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-usage') ?? -1)));
    expect(usage.length).toBeGreaterThan(20);
    expect(usage).toEqual([...usage].sort((a, b) => b - a));
    expect(await page.locator('section[aria-labelledby="in-use-heading"] th[aria-sort]').getAttribute('data-sort-key')).toBe('usage');
    await page.close();
  });

  it('restores a filtered view from its address', async () => {
    const page = await open('macros/?owner=billing-ops&sort=next-review');
    expect(await page.getByLabel('Owner').inputValue()).toBe('billing-ops');
    const owners = await page.locator('tr[data-macro]:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-owner')));
    expect(new Set(owners)).toEqual(new Set(['billing-ops']));
    await page.close();
  });

  it('has no accessibility violations axe can find, in light and dark', async () => {
    const axe = await readFile(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const themed = await browser.newContext({ colorScheme });
      for (const route of ['macros/', 'macros/hostile-reply/', 'macros/old-apology/', 'sops/refunds-and-credits/']) {
        const page = await open(route, themed);
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
            }
          ).axe.run(document);
          return result.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        });
        expect(violations, `${colorScheme} ${route}`).toEqual([]);
      }
      await themed.close();
    }
  }, 60_000);

  it('logged no console errors, exceptions or dialogs on any page', () => {
    expect(problems).toEqual([]);
  });
});
