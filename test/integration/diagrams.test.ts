import { describe, expect, it } from 'vitest';
import { describeResult } from '../../src/integration/diagrams.ts';
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
