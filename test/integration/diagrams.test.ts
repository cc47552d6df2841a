import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeResult, fillDiagramSlotsIn } from '../../src/integration/diagrams.ts';
import { diagramSlotSources, fillDiagramSlots, prepareDiagrams } from '../../src/site/diagrams.ts';
import type { RenderResult } from '../../src/node/diagram-renderer.ts';

const result = (overrides: Partial<RenderResult>, drawn: number): RenderResult => ({
  svgs: new Map(Array.from({ length: drawn }, (_, index) => [`source ${index}`, '<svg></svg>'])),
  rendered: 0,
  fromCache: 0,
  drawMs: 0,
  failed: [],
  skipped: undefined,
  ...overrides,
});

describe('the build line on diagrams', () => {
  it('counts the SVGs, those from the cache and how long drawing the rest took', () => {
    expect(describeResult(result({ rendered: 4, fromCache: 19, drawMs: 2140 }, 23), 23)).toBe(
      'diagrams: 23 rendered to SVG at build time (19 from cache; drew 4 in 2.1s)',
    );
    expect(describeResult(result({ fromCache: 23 }, 23), 23)).toBe('diagrams: 23 rendered to SVG at build time (23 from cache)');
  });

  it('says why the browser draws them', () => {
    expect(describeResult(result({ skipped: 'no Chromium found' }, 0), 23)).toBe('diagrams: no Chromium found, 23 drawn in the browser');
    expect(describeResult(result({ skipped: 'no Chromium found', fromCache: 20 }, 20), 23)).toBe(
      'diagrams: 20 rendered to SVG at build time (20 from cache); no Chromium found, 3 drawn in the browser',
    );
  });

  it('names the first diagram Mermaid could not draw', () => {
    const failed = [{ source: 'x', error: 'Parse error on line 4:\n...' }];
    expect(describeResult(result({ rendered: 2, drawMs: 900, failed }, 2), 3)).toBe(
      'diagrams: 2 rendered to SVG at build time (0 from cache; drew 2 in 0.9s); Mermaid could not draw 1, left for the ' +
        'browser to show: Parse error on line 4:',
    );
  });
});

describe("the pages' diagram slots, filled after the build", () => {
  const drawn = 'flowchart TD\n  a["Tier 1"] --> b\n';
  const failed = 'huge flowchart';
  const svg = '<svg id="sop-diagram-placeholder"><title id="sop-diagram-placeholder-title"></title></svg>';
  const slotted = prepareDiagrams({}, '/', {}, [drawn, failed]);
  const figures = prepareDiagrams({ [drawn]: svg }, '/', { [failed]: 'Maximum text size in diagram exceeded' });
  const page = (...sources: string[]) =>
    `<main>${sources.map((source, index) => slotted.figure(source, { id: `diagram-${index}`, label: 'Diagram' })).join('')}</main>`;

  it("fill Astro's kept copy of a page whose every figure was drawn, and only a copy Astro keeps", async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'sop-slots-out-'));
    const keptFolder = mkdtempSync(path.join(os.tmpdir(), 'sop-slots-kept-'));
    try {
      const pages = { 'drawn/index.html': page(drawn), 'failed/index.html': page(drawn, failed), 'unkept/index.html': page(drawn) };
      for (const [file, html] of Object.entries(pages)) {
        mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
        writeFileSync(path.join(outDir, file), html);
        if (file === 'unkept/index.html') continue;
        mkdirSync(path.dirname(path.join(keptFolder, file)), { recursive: true });
        writeFileSync(path.join(keptFolder, file), html);
      }
      await fillDiagramSlotsIn(outDir, figures, Object.keys(pages), { folder: keptFolder, drawn: new Set([drawn]) });
      for (const [file, html] of Object.entries(pages))
        expect(readFileSync(path.join(outDir, file), 'utf8')).toBe(fillDiagramSlots(html, figures));
      // Restored by a rebuild, the page needs no filling again.
      expect(readFileSync(path.join(keptFolder, 'drawn/index.html'), 'utf8')).toBe(fillDiagramSlots(pages['drawn/index.html'], figures));
      expect(readFileSync(path.join(keptFolder, 'drawn/index.html'), 'utf8')).toContain('<svg');
      // A figure left undrawn keeps its slot in the copy: the next build draws or explains it as a build then would.
      expect(readFileSync(path.join(keptFolder, 'failed/index.html'), 'utf8')).toBe(pages['failed/index.html']);
      expect(existsSync(path.join(keptFolder, 'unkept/index.html'))).toBe(false);
      expect(readdirSync(keptFolder, { recursive: true }).filter((file) => String(file).endsWith('.tmp'))).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(keptFolder, { recursive: true, force: true });
    }
  });

  it('name their sources', () => {
    expect(diagramSlotSources(page(drawn, failed))).toEqual([drawn, failed]);
    expect(diagramSlotSources('<main>no slot</main>')).toEqual([]);
  });
});
