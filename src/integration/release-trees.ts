// What a build no longer needs, let go of as Astro renders. Listing the pages (each route's getStaticPaths) is where the
// pages' side renders every SOP body it needs (their sections decide the common search concepts, which every SOP page's
// key holds) and works out the AI outputs, the two readers of an SOP's tree; its page then takes the rendered body. Kept
// to the end, the trees were about a quarter of the heap through the whole render at 10,000 SOPs (about 260 MB). A tree
// read again is parsed again, so letting go early costs time, never a wrong page. Once the trees are let go of, and then
// as the render goes on, a large build gives V8's spare memory back (src/node/memory-release.ts).
import type { AstroPrerenderer } from 'astro';
import type { Playbook } from '../core/model.ts';
import type { MemoryReleaser } from '../node/memory-release.ts';

/**
 * `prerenderer`, which once the pages are listed lets go of the SOPs' trees of `playbook` (the one `sop build` handed
 * over; none with `astro build` alone) and then gives memory back through `memory`, which it also tells of every page
 * rendered.
 */
export function releasingOnceListed(
  prerenderer: AstroPrerenderer,
  playbook: Playbook | undefined,
  memory: MemoryReleaser,
): AstroPrerenderer {
  const wrapped: AstroPrerenderer = Object.create(prerenderer) as AstroPrerenderer;
  wrapped.getStaticPaths = async () => {
    const paths = await prerenderer.getStaticPaths();
    // The trees first: the collection that follows is what gives their memory back.
    for (const sop of playbook?.sops ?? []) sop.releaseTree();
    memory.release();
    return paths;
  };
  wrapped.render = async (...args) => {
    const result = await prerenderer.render(...args);
    memory.grew();
    return result;
  };
  return wrapped;
}
