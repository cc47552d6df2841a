// Checklist mode in the built pages: which items are steps, where the run bar goes, and the script's
// budget (only on SOP pages, at most 6 KB gzipped with what it imports).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from './harness.ts';
import { parseHtml } from './parse-html.ts';

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite();
}, 180_000);

const scriptsOf = (html: string) => [...html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((match) => match[1]!);

/** A script and every chunk it imports, as paths under dist/. */
async function withImports(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(path.join(site.dist, file), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
    await withImports(path.posix.join(path.posix.dirname(file), match[1]!), seen);
  return seen;
}

async function htmlPages(): Promise<string[]> {
  return (await readdir(site.dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

describe('the checklist and read-tracking budget', () => {
  it('loads only on SOP pages', async () => {
    for (const file of await htmlPages()) {
      const loadsIt = scriptsOf(await readFile(path.join(site.dist, file), 'utf8')).some((script) => script.includes('SopRun'));
      expect(loadsIt, file).toBe(/^sops\/[a-z0-9-]+\/index\.html$/.test(file));
    }
  });

  it('weighs at most 6 KB gzipped, imports included', async () => {
    const html = await readFile(path.join(site.dist, 'sops/refunds-and-credits/index.html'), 'utf8');
    const entry = scriptsOf(html).find((script) => script.includes('SopRun'));
    expect(entry).toBeDefined();
    let gzipped = 0;
    for (const file of await withImports(entry!)) gzipped += gzipSync(await readFile(path.join(site.dist, file)), { level: 9 }).length;
    console.info(`checklist and read tracking: ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(6 * 1024);
  });
});

describe('the checklist markup', () => {
  const page = async (route: string) => parseHtml(await readFile(path.join(site.dist, route, 'index.html'), 'utf8'));

  it('marks the top-level steps only, with the run bar just before them and the SOP named on the article', async () => {
    const document = await page('sops/refunds-and-credits/');
    const article = document.querySelector('article.sop');
    expect([
      article?.getAttribute('data-sop-id'),
      article?.getAttribute('data-sop-version'),
      article?.getAttribute('data-sop-title'),
    ]).toEqual(['refunds-and-credits', '5.0.2', 'Refunds and service credits']);
    const steps = [...document.querySelectorAll('li[data-step]')];
    expect(steps.map((step) => step.getAttribute('data-step-number'))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(steps[0]?.getAttribute('data-step')).toBe('s1ov58qn');
    expect(new Set(steps.map((step) => step.getAttribute('data-step'))).size).toBe(11);
    expect(document.querySelector('#edge-cases ~ ul li[data-step], #edge-cases ~ ol li[data-step]')).toBeNull();
    // The sample opens its steps with a callout, so the run bar sits after it, right before the list.
    expect(document.querySelector('#steps ~ .run-bar.needs-script + ol[data-steps]')).not.toBeNull();
    expect(document.querySelectorAll('[data-run-bar]')).toHaveLength(1);
    expect(document.querySelector('noscript')?.innerHTML).toContain('href="/noscript.css"');
  });

  it('gives a retired SOP no checklist', async () => {
    const document = await page('sops/legacy-phone-callback/');
    expect(document.querySelector('[data-run-bar]')).toBeNull();
    expect(document.querySelector('li[data-step]')).toBeNull();
  });
});
