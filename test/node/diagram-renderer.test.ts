import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagramModeFrom, drawingPlan, findChromium, isMermaidErrorSvg, renderDiagrams } from '../../src/node/diagram-renderer.ts';
import { mermaidModule } from '../../src/node/mermaid-files.ts';
import { browserSkipReason } from '../site/harness.ts';

const flowchart = (label: string) => `flowchart TD\n  s0["${label}"] --> s1["Tier 2"]\n`;
const tempCache = () => mkdtemp(path.join(os.tmpdir(), 'sop-diagram-cache-'));

const drawScript = fileURLToPath(new URL('../../scripts/draw-diagrams.ts', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Processes whose command line names a folder under `folder` (a Chromium given its profile there). */
function chromiumsUsing(folder: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return command.includes(folder) ? [pid] : [];
      } catch {
        return [];
      }
    });
}

describe('the diagram mode', () => {
  it('reads SOP_DIAGRAMS and rejects anything else with the values it takes', () => {
    expect([undefined, '', 'auto', 'svg', 'client'].map(diagramModeFrom)).toEqual(['auto', 'auto', 'auto', 'svg', 'client']);
    expect(() => diagramModeFrom('SVG')).toThrow('`SOP_DIAGRAMS` must be `svg`, `client` or `auto`; got `SVG`');
  });

  it('finds the Chromium SOP_CHROMIUM names before the system one', async () => {
    const fake = path.join(await tempCache(), 'chromium');
    await writeFile(fake, '');
    expect(findChromium({ SOP_CHROMIUM: fake })).toBe(fake);
  });
});

describe('drawing without a browser', () => {
  it('leaves every diagram to the browser in client mode, without touching the cache', async () => {
    const cacheDir = path.join(await tempCache(), 'diagrams');
    const result = await renderDiagrams([{ source: flowchart('Tier 1'), id: 'd' }], {
      mode: 'client',
      cacheDir,
      chromium: '/usr/bin/chromium',
    });
    expect(result).toMatchObject({ rendered: 0, fromCache: 0, skipped: '`SOP_DIAGRAMS=client`' });
    expect(result.svgs.size).toBe(0);
    await expect(readdir(cacheDir)).rejects.toThrow(/ENOENT/);
  });

  it('says no Chromium was found, or fails in svg mode, when a diagram is not in the cache', async () => {
    const options = { cacheDir: path.join(await tempCache(), 'diagrams'), chromium: undefined };
    await expect(renderDiagrams([{ source: flowchart('Tier 1'), id: 'd' }], { ...options, mode: 'auto' })).resolves.toMatchObject({
      skipped: 'no Chromium found',
    });
    await expect(renderDiagrams([{ source: flowchart('Tier 1'), id: 'd' }], { ...options, mode: 'svg' })).rejects.toThrow(
      "`SOP_DIAGRAMS=svg` needs a Chromium: install Debian's `chromium` or set `SOP_CHROMIUM` to its path",
    );
  });
});

describe('a Chromium that cannot start', () => {
  it('leaves the diagrams to the browser, saying why, or fails the build in svg mode', async () => {
    const broken = path.join(await tempCache(), 'chromium');
    await writeFile(broken, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const request = [{ source: flowchart('Tier 1'), id: 'd' }];
    const auto = await renderDiagrams(request, { mode: 'auto', cacheDir: undefined, chromium: broken });
    expect(auto.skipped).toMatch(new RegExp(`^Chromium at \`${broken}\` did not start \\(.+\\)$`));
    expect(auto.svgs.size).toBe(0);
    await expect(renderDiagrams(request, { mode: 'svg', cacheDir: undefined, chromium: broken })).rejects.toThrow(
      `Chromium at \`${broken}\` did not start`,
    );
  }, 60_000);
});

describe("Mermaid's files as the site serves them", () => {
  it('renames modules to .js and rewrites their imports to match', async () => {
    const entry = await mermaidModule('mermaid.esm.min.js');
    expect(entry).toMatch(/from"\.\/chunks\/mermaid\.esm\.min\/chunk-[A-Z0-9]+\.js"/);
    expect(entry).not.toMatch(/["'`]\.{1,2}\/[^"'`\s]*\.mjs["'`]/);
  });

  it('serves nothing outside the minified ES build', async () => {
    for (const name of ['../package.json', 'mermaid.js', 'chunks/mermaid.esm.min/../../mermaid.js', 'chunks/mermaid.core/chunk-X.js']) {
      await expect(mermaidModule(name), name).resolves.toBeUndefined();
    }
  });
});

describe('the drawing plan', () => {
  it('opens as many pages as asked, but never one without a batch of its own', () => {
    expect(drawingPlan(1000, { pages: 3, batchSize: 25 })).toEqual({ pages: 3, batchSize: 25 });
    expect(drawingPlan(30, { pages: 3, batchSize: 25 })).toEqual({ pages: 2, batchSize: 25 });
    expect(drawingPlan(1, { pages: 4 })).toMatchObject({ pages: 1 });
    expect(drawingPlan(0, { pages: 0, batchSize: 0 })).toEqual({ pages: 1, batchSize: 1 });
  });
});

const skip = browserSkipReason();

describe.runIf(!skip)('drawing in Chromium', () => {
  it('draws each distinct diagram once, the same twice over, and a rebuild launches no browser', async () => {
    const cacheDir = path.join(await tempCache(), 'diagrams');
    const requests = [flowchart('Tier 1'), flowchart('Tier 1'), flowchart('Tier 1 "quoted"')].map((source) => ({
      source,
      id: 'sop-diagram',
    }));
    const first = await renderDiagrams(requests, { mode: 'svg', cacheDir, chromium: findChromium() });
    expect(first).toMatchObject({ rendered: 2, fromCache: 0, failed: [], skipped: undefined });
    expect(await readdir(cacheDir)).toHaveLength(2);
    const svg = first.svgs.get(flowchart('Tier 1'));
    expect(svg).toMatch(
      /^<svg id="sop-diagram" [^>]*role="img" aria-labelledby="sop-diagram-title"><title id="sop-diagram-title"><\/title>/,
    );

    const fresh = await renderDiagrams(requests.slice(0, 1), { mode: 'svg', cacheDir: undefined, chromium: findChromium() });
    expect(fresh.svgs.get(flowchart('Tier 1'))).toBe(svg);

    // Starting this Chromium would fail the build (svg mode): everything must come from the cache.
    const again = await renderDiagrams(requests, { mode: 'svg', cacheDir, chromium: '/nonexistent/chromium' });
    expect(again).toMatchObject({ rendered: 0, fromCache: 2, failed: [], skipped: undefined });
    expect(again.svgs.get(flowchart('Tier 1'))).toBe(svg);
  }, 120_000);

  it('draws the same SVGs whatever the pages, batches, order, and the diagrams drawn before on the page', async () => {
    const sequence = (label: string) => `sequenceDiagram\n  participant C as Customer\n  C->>A: ${label}\n  A-->>C: Done\n`;
    const requests = Array.from({ length: 7 }, (_, index) => ({
      source: index % 2 === 0 ? flowchart(`Step ${index}`) : sequence(`Step ${index}`),
      id: 'sop-diagram',
    }));
    const draw = (list: typeof requests, plan: { pages: number; batchSize: number }) =>
      renderDiagrams(list, { mode: 'svg', cacheDir: undefined, chromium: findChromium(), ...plan });
    const spread = await draw(requests, { pages: 3, batchSize: 2 });
    const single = await draw(requests, { pages: 1, batchSize: 50 });
    const reversed = await draw([...requests].reverse(), { pages: 2, batchSize: 3 });
    expect(spread.rendered).toBe(7);
    expect([...spread.svgs].sort()).toEqual([...single.svgs].sort());
    expect([...reversed.svgs].sort()).toEqual([...single.svgs].sort());
    for (const request of [requests[1]!, requests[6]!]) {
      const alone = await draw([request], { pages: 1, batchSize: 1 });
      expect(alone.svgs.get(request.source)).toBe(single.svgs.get(request.source));
    }
  }, 180_000);

  it('draws a class diagram (whose boxes Mermaid draws with random strokes unless seeded) the same every time', async () => {
    const source = 'classDiagram\n  class Refund {\n    +amount: int\n    +approve() bool\n  }\n  Refund <|-- Credit\n';
    const draw = () => renderDiagrams([{ source, id: 'd' }], { mode: 'svg', cacheDir: undefined, chromium: findChromium() });
    const first = await draw();
    expect(first.rendered).toBe(1);
    expect((await draw()).svgs.get(source)).toBe(first.svgs.get(source));
  }, 120_000);

  it('publishes the HTML an author writes in a label as its text, never as images, links, forms or styles', async () => {
    const source =
      'flowchart TD\n' +
      `  A["<img src='https://evil.example/pixel.png'>Pixel"] --> B["<a href='https://evil.example/login'>Log in again</a>"]\n` +
      `  B --> C["<div style='position:fixed;inset:0'>Cover</div>"] --> D["<form action='https://evil.example'><input name=p></form>"]\n` +
      '  D --> E["**bold** <b>b</b><br>next"]\n';
    const result = await renderDiagrams([{ source, id: 'd' }], { mode: 'svg', cacheDir: undefined, chromium: findChromium() });
    const svg = result.svgs.get(source)!;
    expect(svg).not.toMatch(/<img|<a |<form|<input|evil\.example|position:fixed/);
    expect(svg).toContain('Log in again');
    expect(svg).toContain('<b>b</b><br>next');
  }, 120_000);

  it('reports a diagram Mermaid cannot parse and keeps it out of the cache', async () => {
    const cacheDir = path.join(await tempCache(), 'diagrams');
    const result = await renderDiagrams([{ source: 'flowchart TD\n  A[x --> \n', id: 'd' }], {
      mode: 'svg',
      cacheDir,
      chromium: findChromium(),
    });
    expect(result.rendered).toBe(0);
    expect(result.failed).toEqual([{ source: 'flowchart TD\n  A[x --> \n', error: expect.stringMatching(/^Parse error on line \d+/) }]);
    expect(await readdir(cacheDir)).toEqual([]);
  }, 120_000);

  it('closes Chromium, and removes its profile, when the drawing is stopped by Ctrl-C', async () => {
    const folder = await tempCache();
    const temporary = path.join(folder, 'tmp');
    await mkdir(temporary);
    const drawing = spawn(process.execPath, [drawScript, '--count', '400', '--seed', 'signal', '--cache', path.join(folder, 'cache')], {
      env: { ...process.env, TMPDIR: temporary, SOP_CHROMIUM: findChromium() },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => drawing.once('exit', (_code, signal) => resolve(signal)));
    // Chromium is running once Playwright has made its profile folder; the thread draws from then on.
    const profiles = async () => (await readdir(temporary)).filter((name) => name.startsWith('playwright_chromiumdev_profile-'));
    for (let waited = 0; (await profiles()).length === 0 && waited < 30_000; waited += 100) await sleep(100);
    expect(await profiles()).toHaveLength(1);
    await sleep(500);
    drawing.kill('SIGINT');
    try {
      expect(await exited).toBe('SIGINT');
      expect(await profiles()).toEqual([]);
      expect(chromiumsUsing(temporary)).toEqual([]);
    } finally {
      // A Chromium left behind would outlive the tests.
      for (const pid of chromiumsUsing(temporary)) process.kill(Number(pid), 'SIGKILL');
    }
  }, 60_000);
});

describe("a diagram past Mermaid's size limit (issue 17, item 4)", () => {
  it('is reported as not drawn, never sent to Mermaid, whose error box would be published instead', async () => {
    const steps = Array.from({ length: 2000 }, (_, index) => `  s${index}["Tier ${index}"] --> s${index + 1}["Tier ${index + 1}"]`).join(
      '\n',
    );
    const source = `flowchart TD\n${steps}\n`;
    const result = await renderDiagrams([{ source, id: 'd' }], { mode: 'svg', cacheDir: undefined, chromium: '/nonexistent/chromium' });
    expect(result.svgs.size).toBe(0);
    expect(result.failed).toEqual([
      { source, error: `Maximum text size in diagram exceeded (${source.length} characters, Mermaid draws at most 50000)` },
    ]);
  });

  it("knows Mermaid's error drawings from diagrams", () => {
    expect(isMermaidErrorSvg('<svg><g><text>Maximum text size in diagram exceeded</text></g></svg>')).toBe(true);
    expect(isMermaidErrorSvg('<svg aria-roledescription="error"></svg>')).toBe(true);
    expect(isMermaidErrorSvg('<svg aria-roledescription="flowchart-v2"><text>Tier 1</text></svg>')).toBe(false);
  });
});
