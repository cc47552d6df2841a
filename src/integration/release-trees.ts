// The SOPs' parsed bodies, let go of once Astro has listed the pages. Listing them (each route's getStaticPaths) is
// where the pages' side renders every SOP body it needs (their sections decide the common search concepts, which every
// SOP page's key holds) and works out the AI outputs, the two readers of an SOP's tree; its page then takes the rendered
// body. Kept to the end, the trees were about a quarter of the heap through the whole render at 10,000 SOPs (about
// 260 MB). A tree read again is parsed again, so letting go early costs time, never a wrong page.
import type { AstroPrerenderer } from 'astro';
import type { Playbook } from '../core/model.ts';

/** `prerenderer`, which lets go of the SOPs' trees of `playbook` (the one `sop build` handed over) once the pages are listed. */
export function releasingSopTreesOnceListed(prerenderer: AstroPrerenderer, playbook: Playbook | undefined): AstroPrerenderer {
  if (!playbook) return prerenderer;
  const wrapped: AstroPrerenderer = Object.create(prerenderer) as AstroPrerenderer;
  wrapped.getStaticPaths = async () => {
    const paths = await prerenderer.getStaticPaths();
    for (const sop of playbook.sops) sop.releaseTree();
    return paths;
  };
  return wrapped;
}
