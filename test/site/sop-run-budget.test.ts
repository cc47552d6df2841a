// The checklist and read-tracking script: only on SOP pages, and at most 6 KB gzipped with what it imports.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from './harness.ts';

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
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) await withImports(path.posix.join(path.posix.dirname(file), match[1]!), seen);
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
