// `sop build` lets go of the SOPs' parsed trees once Astro has listed the pages, and of nothing else, then gives a large
// build's memory back, after the listing and as the pages render.
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { releasingOnceListed } from '../../src/integration/release-trees.ts';
import { MemoryReleaser } from '../../src/node/memory-release.ts';
import { loadTestPlaybook, macroText, playbookFiles, sopText } from '../helpers/playbook.ts';

const playbook = () =>
  loadTestPlaybook(playbookFiles({ 'content/sops/refunds.mdx': sopText(), 'content/macros/refund-approved.md': macroText() }));

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

/** A releaser over a pretend process holding `resident` bytes, which each collection brings to 1000; `collected` is told. */
function pretendMemory(collected: () => void) {
  const state = { resident: 2000 };
  const releaser = new MemoryReleaser({
    residentBytes: () => state.resident,
    collect: () => {
      collected();
      state.resident = 1000;
    },
    floorBytes: 1500,
    growth: 1.5,
  });
  return { state, releaser };
}

const render = (prerenderer: AstroPrerenderer, pathname: string) =>
  prerenderer.render(new Request(`http://localhost${pathname}`), {} as never) as Promise<Response>;

describe('releasingOnceListed', () => {
  it('lets go of the SOP trees once the pages are listed, keeping the macros (shown on SOP pages), then collects', async () => {
    const loaded = playbook();
    const sop = loaded.sops[0]!;
    const macro = loaded.macros[0]!;
    const [sopTree, macroTree] = [sop.tree, macro.tree];
    const events: string[] = [];
    // The collection comes after the trees are let go of, or it could not give their memory back: it sees a new tree.
    const { releaser } = pretendMemory(() => events.push(sop.tree === sopTree ? 'collected, tree kept' : 'collected'));
    const prerenderer = releasingOnceListed(fakePrerenderer(events), loaded, releaser);
    // Not before: listing the pages is where the pages' side renders the bodies from the trees.
    expect(sop.tree).toBe(sopTree);
    expect(await prerenderer.getStaticPaths()).toEqual([{ pathname: '/a/', route: '/[id]' }]);
    expect(events).toEqual(['listed', 'collected']);
    expect(sop.tree).not.toBe(sopTree);
    expect(sop.tree).toEqual(sopTree);
    expect(macro.tree).toBe(macroTree);
    expect(await (await render(prerenderer, '/')).text()).toBe('<p>/</p>');
    expect(events).toEqual(['listed', 'collected', 'rendered /']);
  });

  it('still gives memory back without a playbook handed over (`astro build` alone)', async () => {
    const events: string[] = [];
    const { releaser } = pretendMemory(() => events.push('collected'));
    await releasingOnceListed(fakePrerenderer(events), undefined, releaser).getStaticPaths();
    expect(events).toEqual(['listed', 'collected']);
  });

  it('gives memory back as the process grows between pages, passing the pages through', async () => {
    const events: string[] = [];
    const { state, releaser } = pretendMemory(() => events.push('collected'));
    const prerenderer = releasingOnceListed(fakePrerenderer(events), undefined, releaser);
    await prerenderer.getStaticPaths();
    for (let page = 0; page < 150; page++) {
      expect(await (await render(prerenderer, `/p${page}/`)).text()).toBe(`<p>/p${page}/</p>`);
      // From the 120th page on, the process has grown past 1.5 x what it held after the listing's collection.
      if (page === 119) state.resident = 1600;
    }
    // Resident memory is read every hundredth page: at the 100th it had not grown, and the 150 pages hold no other reading.
    expect(events.filter((event) => event === 'collected')).toHaveLength(1);
    for (let page = 150; page < 200; page++) await render(prerenderer, `/p${page}/`);
    expect(events.slice(-2)).toEqual(['rendered /p199/', 'collected']);
    expect(releaser.releases).toBe(2);
  });
});
