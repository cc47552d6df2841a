// A large build gives memory back (src/node/memory-release.ts) once Astro has listed the pages, when the SOPs' trees have
// just been let go of and the listing's work is garbage, and as the render goes on.
import type { AstroPrerenderer } from 'astro';
import type { MemoryReleaser } from '../node/memory-release.ts';

/** `prerenderer`, giving memory back through `releaser` after the listing and, as the process grows, between pages. */
export function releasingMemoryAsRendered(prerenderer: AstroPrerenderer, releaser: MemoryReleaser): AstroPrerenderer {
  const wrapped: AstroPrerenderer = Object.create(prerenderer) as AstroPrerenderer;
  wrapped.getStaticPaths = async () => {
    const paths = await prerenderer.getStaticPaths();
    releaser.release();
    return paths;
  };
  wrapped.render = async (...args) => {
    const result = await prerenderer.render(...args);
    releaser.grew();
    return result;
  };
  return wrapped;
}
