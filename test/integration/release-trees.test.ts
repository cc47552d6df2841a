// `sop build` lets go of the SOPs' parsed trees once Astro has listed the pages, and of nothing else.
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { releasingSopTreesOnceListed } from '../../src/integration/release-trees.ts';
import { loadTestPlaybook, macroText, playbookFiles, sopText } from '../helpers/playbook.ts';

const playbook = () =>
  loadTestPlaybook(playbookFiles({ 'content/sops/refunds.mdx': sopText(), 'content/macros/refund-approved.md': macroText() }));

function fakePrerenderer(events: string[]): AstroPrerenderer {
  return {
    name: 'fake',
    getStaticPaths: async () => {
      events.push('listed');
      return [];
    },
    render: async () => {
      events.push('rendered');
      return new Response('<p>page</p>');
    },
  };
}

describe('releasingSopTreesOnceListed', () => {
  it('lets go of every SOP tree once the pages are listed, keeping the macros (their previews show on SOP pages)', async () => {
    const loaded = playbook();
    const sop = loaded.sops[0]!;
    const macro = loaded.macros[0]!;
    const [sopTree, macroTree] = [sop.tree, macro.tree];
    const events: string[] = [];
    const prerenderer = releasingSopTreesOnceListed(fakePrerenderer(events), loaded);
    // Not before: listing the pages is where the pages' side renders the bodies from the trees.
    expect(sop.tree).toBe(sopTree);
    await prerenderer.getStaticPaths();
    expect(sop.tree).not.toBe(sopTree);
    expect(sop.tree).toEqual(sopTree);
    expect(macro.tree).toBe(macroTree);
    const response = await prerenderer.render(new Request('http://localhost/'), {} as never);
    expect(await (response as Response).text()).toBe('<p>page</p>');
    expect(events).toEqual(['listed', 'rendered']);
  });

  it('leaves Astro’s prerenderer as it is without a playbook handed over (`astro build` alone)', () => {
    const prerenderer = fakePrerenderer([]);
    expect(releasingSopTreesOnceListed(prerenderer, undefined)).toBe(prerenderer);
  });
});
