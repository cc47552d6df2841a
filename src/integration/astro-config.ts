// The one Astro configuration: astro.config.mjs (`astro dev`, `astro build`) and `sop build` both use it,
// so the site is the same however it is built. Settings arrive as arguments, never through globals.
import mdx from '@astrojs/mdx';
import type { AstroUserConfig } from 'astro';
import sopPlaybook, { type SopPlaybookOptions } from './index.ts';
import { siteAddressProblem } from './site-address.ts';

export interface SiteConfigOptions extends SopPlaybookOptions {
  /** Publish under a sub-path such as `/playbook/` (`SOP_BASE`). */
  base?: string | undefined;
  /** The site's own address (`SOP_SITE`), for absolute links. */
  site?: string | undefined;
}

/**
 * Pages Astro has in hand at once. With one, each page waited for its two files (the page and the incremental build's
 * copy) to be written before the next was rendered, and this thread sat idle about half of the time it rendered; with a
 * few, rendering goes on while the disk works. A cold build of 1,000 SOPs and 1,500 macros took 15.2 s with one page
 * at a time and 12.2 s with eight (4: 12.2 to 13.7 s; 16: no faster, more memory). The output is the same byte for byte.
 */
const pagesInFlight = 8;

export function siteConfig(options: SiteConfigOptions = {}): AstroUserConfig {
  const { base, site, ...playbook } = options;
  const problem = siteAddressProblem(base, site);
  if (problem) throw new Error(problem);
  return {
    base: base || '/',
    site: site || undefined,
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: pagesInFlight },
    // Scripts always as files, never inlined into pages: a strict Content-Security-Policy (`script-src 'self'`) then works.
    vite: { build: { assetsInlineLimit: 0 } },
    devToolbar: { enabled: false },
    // A rebuild copies each page whose key (src/site/page-keys.ts) and template code are unchanged from the cache
    // (`cacheDir`) instead of rendering it again.
    experimental: { incrementalBuild: true },
    integrations: [mdx(), sopPlaybook(playbook)],
  };
}
