// The authors' components on a built page, in Chromium: what a rep sees and can do with the keyboard,
// accessibility in light and dark, the inline macro's Copy button and "used by" link, and the weight of an
// SOP that uses every component (its tabs and enlarge scripts load only where an SOP uses them).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSkipReason, buildSite, copyPlaybook, launchBrowser, serveSite, type SiteBuild, type StaticServer } from './harness.ts';

const everyComponent =
  `---
title: Every component
summary: A procedure that uses every component an SOP may use
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Tests of the components
---

## Steps

<Callout kind="danger" title="Never refund a disputed charge">
  Check the **Disputes** tab first.
</Callout>

1. Open the refund dialog:

   <Screenshot src="../assets/stripe-refund-dialog.svg" alt="The refund dialog with the description field" caption="The ` +
  `description holds the ticket link." highlight="22,69,56,11" />

2. Reply by channel:

   <Tabs>
     <Tab channel="email">Send the approval macro by email.</Tab>
     <Tab channel="chat">Say it in chat, then send the macro.</Tab>
     <Tab channel="phone">Read the amount back to the caller.</Tab>
   </Tabs>

3. Send the reply:

   <Macro id="service-credit-applied" />

4. Watch how it is done:

   <Video src="../assets/refund.webm" title="Issuing a refund in Stripe" captions="../assets/refund.vtt" />

## Edge cases

- **The card expired**: refund to it anyway.
`;

const skip = browserSkipReason();

async function componentsPlaybook(): Promise<string> {
  const root = await copyPlaybook();
  await writeFile(path.join(root, 'content/sops/every-component.mdx'), everyComponent);
  await mkdir(path.join(root, 'content/assets'), { recursive: true });
  await writeFile(path.join(root, 'content/assets/refund.webm'), Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
  await writeFile(path.join(root, 'content/assets/refund.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nOpen the charge.\n');
  return root;
}

let site: SiteBuild;
const html = (route: string) => readFile(path.join(site.dist, route, 'index.html'), 'utf8');
const scriptsOf = (page: string) => [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);

describe('components in the built site', () => {
  beforeAll(async () => {
    site = await buildSite({ contentRoot: await componentsPlaybook() });
  }, 180_000);

  it('publishes the assets folder and sizes screenshots from the file', async () => {
    expect((await readdir(path.join(site.dist, 'assets'))).sort()).toEqual(['refund.vtt', 'refund.webm', 'stripe-refund-dialog.svg']);
    const page = await html('sops/every-component');
    expect(page).toContain(
      '<img src="/assets/stripe-refund-dialog.svg" alt="The refund dialog with the description field" width="640" ' +
        'height="360" loading="lazy" decoding="async">',
    );
    expect(page).toContain('<track kind="captions" src="/assets/refund.vtt" srclang="en" label="Captions" default>');
  });

  it('keeps an SOP with every component under the page and JS budgets, with tab and enlarge scripts only where used', async () => {
    const page = await html('sops/every-component');
    expect(Buffer.byteLength(page.replace(/<figure class="sop-diagram"[\s\S]*?<\/figure>/g, ''))).toBeLessThanOrEqual(30 * 1024);
    const scripts = scriptsOf(page);
    expect(scripts.some((src) => src.includes('ChannelTabsScript'))).toBe(true);
    expect(scripts.some((src) => src.includes('EnlargeScript'))).toBe(true);
    // Scripts with the modules they import, gzipped: the components' own, and the page's whole.
    const weigh = async (entries: string[]): Promise<number> => {
      let bytes = 0;
      const seen = new Set<string>();
      const load = async (src: string): Promise<void> => {
        if (seen.has(src)) return;
        seen.add(src);
        const code = await readFile(path.join(site.dist, src));
        bytes += gzipSync(code, { level: 9 }).length;
        for (const match of code.toString('utf8').matchAll(/(?:^|[;\s])import\s*(?:[^'"]*from\s*)?["']\.\/([^"']+)["']/g))
          await load(`/_astro/${match[1]}`);
      };
      for (const src of entries) await load(src);
      return bytes;
    };
    const components = await weigh(scripts.filter((src) => /ChannelTabsScript|EnlargeScript|CopyScript/.test(src)));
    const whole = await weigh(scripts);
    console.info(
      `every-component page: ${Buffer.byteLength(page)} bytes of HTML; component scripts ${components} bytes gzipped, all scripts ${whole}`,
    );
    expect(components).toBeLessThanOrEqual(3 * 1024);
    expect(whole).toBeLessThanOrEqual(12 * 1024);
    const plain = scriptsOf(await html('sops/ticket-intake'));
    expect(plain.some((src) => /ChannelTabsScript|EnlargeScript/.test(src))).toBe(false);
  });

  it('lists the SOP under "used by" on the page of a macro it shows inline', async () => {
    const page = await html('macros/service-credit-applied');
    expect(page).toMatch(/<a href="\/sops\/every-component\/">Every component<\/a>/);
  });
});

describe.runIf(!skip)('components in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  const problems: string[] = [];
  beforeAll(async () => {
    site = await buildSite({ contentRoot: await componentsPlaybook() });
    server = await serveSite(site, {
      'content-security-policy':
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'",
    });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(context: BrowserContext, route: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${route}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text()))
        problems.push(`${route}: ${message.text()}`);
    });
    await page.goto(`${server.url}${route}`);
    return page;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no accessibility violations in ${colorScheme} mode, tabs enhanced and screenshot enlarged`, async () => {
      // axe is injected as an inline script, which the policy rightly refuses; the other tests keep it.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await open(context, 'sops/every-component/');
      await page.getByRole('tab', { name: 'Email' }).waitFor();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.getByRole('link', { name: /The refund dialog/ }).click();
      await page.getByRole('dialog').waitFor();
      expect(await axeViolations(page), `${colorScheme}, dialog open`).toEqual([]);
      await context.close();
    });
  }

  it('shows the callout as a labelled note', async () => {
    const context = await browser.newContext();
    const page = await open(context, 'sops/every-component/');
    const note = page.getByRole('note', { name: 'Danger: Never refund a disputed charge' });
    expect(await note.textContent()).toContain('Check the Disputes tab first.');
    await context.close();
  });

  it('moves between channel tabs with the arrow keys and remembers the channel on other pages', async () => {
    const context = await browser.newContext();
    const page = await open(context, 'sops/every-component/');
    const email = page.getByRole('tab', { name: 'Email' });
    expect(await email.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel').textContent()).toContain('Send the approval macro by email.');
    await email.focus();
    await page.keyboard.press('ArrowRight');
    const chat = page.getByRole('tab', { name: 'Chat' });
    expect(await chat.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chat');
    expect(await page.getByRole('tabpanel').textContent()).toContain('Say it in chat');
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Phone' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await email.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    // Only one tab is in the Tab order: Tab from the list goes into the panel.
    expect(await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => (tab as HTMLElement).tabIndex))).toEqual([-1, -1, 0]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');

    // Another SOP with chat and phone tabs opens on the channel the rep chose.
    const other = await open(context, 'sops/account-recovery/');
    expect(await other.getByRole('tab', { name: 'Email' }).getAttribute('aria-selected')).toBe('true');
    const again = await open(context, 'sops/every-component/');
    expect(await again.getByRole('tab', { name: 'Phone' }).getAttribute('aria-selected')).toBe('true');
    await context.close();
  });

  it('shows every channel without script and in print', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(noScript, 'sops/every-component/');
    expect(
      await page.locator('.channel-tab').evaluateAll((panels) => panels.map((panel) => (panel as HTMLElement).offsetParent !== null)),
    ).toEqual([true, true, true]);
    expect(await page.locator('.channel-tab-label').allTextContents()).toEqual(['Email', 'Chat', 'Phone']);
    await noScript.close();
    const context = await browser.newContext();
    const printed = await open(context, 'sops/every-component/');
    await printed.getByRole('tab', { name: 'Email' }).waitFor();
    await printed.emulateMedia({ media: 'print' });
    expect(
      await printed.locator('.channel-tab').evaluateAll((panels) => panels.map((panel) => getComputedStyle(panel).display !== 'none')),
    ).toEqual([true, true, true]);
    expect(await printed.locator('.channel-tablist').isVisible()).toBe(false);
    await context.close();
  });

  it('enlarges a screenshot from the keyboard and gives focus back when closed', async () => {
    const context = await browser.newContext();
    const page = await open(context, 'sops/every-component/');
    const link = page.getByRole('link', { name: /The refund dialog with the description field/ });
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Screenshot, full size' });
    await dialog.waitFor();
    expect(await dialog.getByRole('img').getAttribute('alt')).toBe('The refund dialog with the description field');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/assets/stripe-refund-dialog.svg');
    expect(page.url()).toBe(`${server.url}sops/every-component/`);
    await context.close();
  });

  it("copies an inline macro's raw reply and links to its page", async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open(context, 'sops/every-component/');
    const macro = page.locator('.sop-body .inline-macro');
    expect(await macro.locator('mark.placeholder').count()).toBeGreaterThan(0);
    await macro.getByRole('button', { name: /^Copy reply/ }).click();
    await expect.poll(() => macro.locator('[data-copy-status]').textContent()).toBe('Copied to clipboard');
    const raw = (await readFile(path.join(site.contentRoot, 'content/macros/service-credit-applied.md'), 'utf8'))
      .split(/^---$/m)[2]!
      .trim();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(raw);
    await macro.getByRole('link').first().click();
    await page.waitForURL(/\/macros\/service-credit-applied\/$/);
    await page.getByRole('link', { name: 'Every component' }).click();
    await page.waitForURL(/\/sops\/every-component\/$/);
    await context.close();
  });

  it('finds an SOP by words that only its callout or a hidden channel tab holds', async () => {
    const context = await browser.newContext();
    const page = await open(context, 'sops/ticket-intake/');
    const titles = () => page.locator('#site-search-results [role="option"] .result-name').allTextContents();
    for (const words of ['Disputes tab first', 'amount back to the caller']) {
      await page.keyboard.press('/');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(words);
      await expect.poll(titles, { timeout: 15_000 }).toContain('Every component');
    }
    await context.close();
  });

  it('raised no script errors and no policy violations', () => {
    expect(problems).toEqual([]);
  });
});
