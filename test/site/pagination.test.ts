// Long listings: a category or owner with more SOPs than one page holds (200) gets numbered pages
// below its own address, each linked from the others; short ones stay one page.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyPlaybook, type SiteBuild } from './harness.ts';

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
