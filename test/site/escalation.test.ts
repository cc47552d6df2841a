// Escalation flowcharts as reps see them, in real Chromium: drawn to SVG at build time, and drawn in the
// reader's browser when the build had no Chromium (`SOP_DIAGRAMS=client`); hostile labels stay text.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const hostileLabel = '<b>bold</b> "quotes" [x] {y} | a --> b';
const buildTimeout = 300_000;

/** The sample playbook with the first step of `escalation-tiers` handling the hostile label. */
async function hostilePlaybook(): Promise<string> {
  const root = await copyPlaybook();
  const file = path.join(root, 'content/sops/escalation-tiers.mdx');
  const text = await readFile(file, 'utf8');
  const changed = text.replace(
    'handles: How-to questions, configuration, known issues with a documented fix',
    `handles: '${hostileLabel}'`,
  );
  expect(changed).not.toBe(text);
  await writeFile(file, changed);
  return root;
}

const playbook = hostilePlaybook();
const freshCache = mkdtemp(path.join(os.tmpdir(), 'sop-diagram-cache-'));
const svgBuild = async (run?: number) =>
  buildSite({ contentRoot: await playbook, env: { SOP_CACHE_DIR: await freshCache, SOP_DIAGRAMS: 'svg' }, ...(run ? { run } : {}) });
const clientBuild = async () => buildSite({ contentRoot: await playbook, env: { SOP_DIAGRAMS: 'client' } });

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
}

async function visit(
  browser: Browser,
  server: StaticServer,
  route: string,
  options: { colorScheme?: 'light' | 'dark'; width?: number } = {},
): Promise<Visit> {
  const page = await browser.newPage({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1100, height: 900 },
  });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(route, server.url).href);
  return { page, errors, requests };
}

/** axe-core's violations on the page as it is now, one line each. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: path.join(repoRoot, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe.run(document),
  );
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Text of the escalation flowchart's labels, as the SVG holds them. */
const flowchartText = (page: Page) => page.locator('section.escalation figure svg').evaluate((svg) => svg.textContent ?? '');

const skip = browserSkipReason();

describe.runIf(!skip)('escalation flowcharts drawn at build time', () => {
  let site: SiteBuild;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    [site, browser] = await Promise.all([svgBuild(), launchBrowser()]);
    server = await serveSite(site);
  }, buildTimeout);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says in the build output that it drew every diagram to SVG', () => {
    expect(site.output).toMatch(/sop: diagrams: 14 rendered to SVG at build time \(0 from cache; drew 14 in \d+\.\ds\)\n/);
  });

  it('shows the flowchart as a visible SVG image named after its tiers and owners', async () => {
    const { page, errors, requests } = await visit(browser, server, 'sops/refunds-and-credits/');
    const flowchart = page.getByRole('img', {
      name:
        'Escalation flowchart: Tier 1 (Frontline support (Tier 1)) → Tier 2 (Billing operations) → Support management and ' +
        'approvals (Helen Voss)',
    });
    await expect(flowchart.isVisible()).resolves.toBe(true);
    const box = await flowchart.boundingBox();
    expect(box?.width).toBeGreaterThan(150);
    expect(box?.height).toBeGreaterThan(300);
    const text = await flowchartText(page);
    for (const label of [
      'Tier 1',
      'Frontline support (Tier 1)',
      '#support-frontline',
      'Tier 2',
      'Billing operations',
      'Helen Voss',
      'Within 2 days',
      'The amount is over 2,000 USD',
    ])
      expect(text).toContain(label);
    // Drawn at build time: the page loads no diagram script at all.
    expect(requests.filter((url) => url.includes('/_sop/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the path with the same steps as text, for screen readers, search and print', async () => {
    const { page } = await visit(browser, server, 'sops/refunds-and-credits/');
    const steps = page.locator('section.escalation ol.escalation-steps > li');
    await expect(steps.count()).resolves.toBe(3);
    const second = steps.nth(1);
    await expect(second.locator('.escalation-step-who').innerText()).resolves.toBe('Tier 2 · Billing operations · #billing-ops');
    await expect(second.locator('dt').allInnerTexts()).resolves.toEqual(['Handles', 'Within', 'Escalate when']);
    await expect(second.locator('dd').allInnerTexts()).resolves.toEqual([
      'Refunds and credits up to 2,000 USD, and policy exceptions up to that amount',
      '1 day',
      'The amount is over 2,000 USD, or the exception sets a precedent for a contract term',
    ]);
    const html = await readFile(path.join(site.dist, 'sops/refunds-and-credits/index.html'), 'utf8');
    expect(html).toMatch(/<figure class="sop-diagram" data-pagefind-ignore><svg id="escalation-flowchart"/);
    await page.close();
  });

  it('shows a label full of markup and Mermaid syntax as text, with no element made from it', async () => {
    const { page, errors } = await visit(browser, server, 'sops/escalation-tiers/');
    const svg = page.locator('section.escalation figure svg');
    await expect(svg.isVisible()).resolves.toBe(true);
    expect(await flowchartText(page)).toContain(`Handles: ${hostileLabel}`);
    await expect(svg.evaluate((element) => element.querySelectorAll('b, script, img, a').length)).resolves.toBe(0);
    await expect(page.locator('section.escalation ol.escalation-steps > li').first().innerText()).resolves.toContain(hostileLabel);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the author-written mermaid diagram to SVG too', async () => {
    const { page, errors } = await visit(browser, server, 'sops/escalation-tiers/');
    const diagram = page.getByRole('img', { name: 'Diagram 1 in Escalation tiers and handoffs' });
    await expect(diagram.isVisible()).resolves.toBe(true);
    const text = await diagram.evaluate((svg) => svg.textContent ?? '');
    expect(text).toContain('Tier 1 works the ticket');
    expect(text).toContain('Needs a code change?');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the flowchart at full size within a phone screen', async () => {
    const { page } = await visit(browser, server, 'sops/escalation-tiers/', { width: 375 });
    const layout = await page.locator('section.escalation figure svg').evaluate((svg) => ({
      width: svg.getBoundingClientRect().width,
      natural: Number(/max-width:([\d.]+)px/.exec(svg.getAttribute('style') ?? '')?.[1]),
      pageWidth: document.documentElement.scrollWidth,
    }));
    expect(layout.pageWidth).toBeLessThanOrEqual(375);
    expect(layout.width).toBeCloseTo(layout.natural, 0);
    await page.close();
  });

  it('takes its colours from the page, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await visit(browser, server, 'sops/refunds-and-credits/', { colorScheme });
      const colours = await page.evaluate(() => ({
        label: getComputedStyle(document.querySelector('section.escalation .nodeLabel')!).color,
        page: getComputedStyle(document.body).color,
      }));
      expect(colours.label, colorScheme).toBe(colours.page);
      await page.close();
    }
  });

  it('lists every escalation path on /escalations/, with the matrix and each flowchart', async () => {
    const { page, errors } = await visit(browser, server, 'escalations/');
    const linked = await page.locator('.escalation-path-card h4 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(linked.sort()).toEqual(
      [
        'account-recovery',
        'cancellation-and-save-offers',
        'csat-follow-up',
        'escalation-tiers',
        'first-response-sla',
        'knowledge-base-workflow',
        'macro-management',
        'outage-communication',
        'refunds-and-credits',
        'ticket-intake',
        'vip-accounts',
        'voice-and-tone',
      ].map((id) => `/sops/${id}/`),
    );
    await expect(page.locator('.escalation-matrix tbody th[scope="rowgroup"]').allInnerTexts()).resolves.toEqual([
      'Tier 1',
      'Tier 2',
      'Tier 3 / Support engineering',
      'Engineering on-call',
      'Support management and approvals',
    ]);
    const card = page.locator('.escalation-path-card', { has: page.locator('a[href="/sops/refunds-and-credits/"]') });
    await card.locator('summary').click();
    await expect(card.getByRole('img', { name: /^Escalation flowchart: Tier 1/ }).isVisible()).resolves.toBe(true);
    expect(await page.locator('svg[id]').evaluateAll((svgs) => new Set(svgs.map((svg) => svg.id)).size === svgs.length)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes axe on an SOP page with two diagrams and on /escalations/ with a flowchart open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const sopPage = await visit(browser, server, 'sops/escalation-tiers/', { colorScheme });
      expect(await accessibilityViolations(sopPage.page), `${colorScheme} SOP page`).toEqual([]);
      await sopPage.page.close();
      const { page } = await visit(browser, server, 'escalations/', { colorScheme });
      await page.locator('.escalation-path-card summary').first().click();
      expect(await accessibilityViolations(page), `${colorScheme} /escalations/`).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it(
    'draws nothing again on a rebuild: every SVG comes from the cache, byte for byte the same',
    async () => {
      const again = await svgBuild(2);
      expect(again.output).toMatch(/sop: diagrams: 14 rendered to SVG at build time \(14 from cache\)\n/);
      for (const page of ['sops/escalation-tiers/index.html', 'escalations/index.html']) {
        const [first, second] = await Promise.all([
          readFile(path.join(site.dist, page), 'utf8'),
          readFile(path.join(again.dist, page), 'utf8'),
        ]);
        expect(second, page).toBe(first);
      }
      await expect(stat(path.join(site.dist, '_sop'))).rejects.toThrow(/ENOENT/);
    },
    buildTimeout,
  );
});

describe.runIf(!skip)('escalation flowcharts drawn in the browser (SOP_DIAGRAMS=client)', () => {
  let site: SiteBuild;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    [site, browser] = await Promise.all([clientBuild(), launchBrowser()]);
    server = await serveSite(site);
  }, buildTimeout);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says in the build output that the browser draws the diagrams', () => {
    expect(site.output).toMatch(/sop: diagrams: `SOP_DIAGRAMS=client`, 14 drawn in the browser\n/);
  });

  it('draws the flowchart in the page with the Mermaid the site ships, never a CDN', async () => {
    const { page, errors, requests } = await visit(browser, server, 'sops/refunds-and-credits/');
    const flowchart = page.getByRole('img', { name: /^Escalation flowchart: Tier 1 \(Frontline support \(Tier 1\)\) → Tier 2/ });
    await flowchart.waitFor({ state: 'visible', timeout: 20_000 });
    const text = await flowchartText(page);
    for (const label of ['Tier 1', 'Billing operations', 'Helen Voss', 'The amount is over 2,000 USD']) expect(text).toContain(label);
    await expect(page.locator('pre[data-diagram-source]').count()).resolves.toBe(0);
    expect(requests.every((url) => url.startsWith(server.url))).toBe(true);
    expect(requests.some((url) => url.endsWith('/_sop/mermaid/mermaid.esm.min.js'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the hostile label as text and draws the author diagram as well', async () => {
    const { page, errors } = await visit(browser, server, 'sops/escalation-tiers/');
    await page.getByRole('img', { name: 'Diagram 1 in Escalation tiers and handoffs' }).waitFor({ state: 'visible', timeout: 20_000 });
    const svg = page.locator('section.escalation figure svg');
    await svg.waitFor({ state: 'visible' });
    expect(await flowchartText(page)).toContain(`Handles: ${hostileLabel}`);
    await expect(svg.evaluate((element) => element.querySelectorAll('b, script, img, a').length)).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads Mermaid only on pages with a diagram', async () => {
    const { page, requests } = await visit(browser, server, '');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/_sop/'))).toEqual([]);
    await page.close();
  });
});
