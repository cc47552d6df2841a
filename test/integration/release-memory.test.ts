// `sop build` gives a large build's memory back once Astro has listed the pages, and as it renders them.
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { releasingMemoryAsRendered } from '../../src/integration/release-memory.ts';
import { MemoryReleaser } from '../../src/node/memory-release.ts';

function fakePrerenderer(events: string[]): AstroPrerenderer {
  return {
    name: 'fake',
    getStaticPaths: async () => {
      events.push('listed');
      return [{ pathname: '/a/', route: '/[id]' }] as never;
    },
    render: async (request) => {
      events.push(`rendered ${new URL(request.url).pathname}`);
      return new Response(`<p>${new URL(request.url).pathname}</p>`);
    },
  };
}

describe('releasingMemoryAsRendered', () => {
  it('gives memory back after the listing, then as the process grows between pages, passing pages through', async () => {
    const events: string[] = [];
    let resident = 2000;
    const releaser = new MemoryReleaser({
      residentBytes: () => resident,
      collect: () => {
        events.push('collected');
        resident = 1000;
      },
      floorBytes: 1500,
      growth: 1.5,
    });
    const prerenderer = releasingMemoryAsRendered(fakePrerenderer(events), releaser);
    expect(await prerenderer.getStaticPaths()).toEqual([{ pathname: '/a/', route: '/[id]' }]);
    expect(events).toEqual(['listed', 'collected']);
    for (let page = 0; page < 150; page++) {
      const response = (await prerenderer.render(new Request(`http://localhost/p${page}/`), {} as never)) as Response;
      expect(await response.text()).toBe(`<p>/p${page}/</p>`);
      // From the 120th page on, the process has grown past 1.5 x what it held after the listing's release.
      if (page === 119) resident = 1600;
    }
    // Resident memory is read every hundredth page: at the 100th it had not grown, and the 150 pages hold no other reading.
    expect(events.indexOf('collected', 2)).toBe(-1);
    for (let page = 150; page < 200; page++) await prerenderer.render(new Request(`http://localhost/p${page}/`), {} as never);
    expect(events.at(-1)).toBe('collected');
    expect(events.at(-2)).toBe('rendered /p199/');
    expect(releaser.releases).toBe(2);
  });
});
