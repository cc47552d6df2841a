// The one Astro configuration: astro.config.mjs (`astro dev`, `astro build`) and `sop build` both use it,
// so the site is the same however it is built. Settings arrive as arguments, never through globals.
import mdx from '@astrojs/mdx';
import type { AstroUserConfig } from 'astro';
import sopPlaybook, { type SopPlaybookOptions } from './index.ts';

export interface SiteConfigOptions extends SopPlaybookOptions {
  /** Publish under a sub-path such as `/playbook/` (`SOP_BASE`). */
  base?: string | undefined;
  /** The site's own address (`SOP_SITE`), for absolute links. */
  site?: string | undefined;
}

export function siteConfig(options: SiteConfigOptions = {}): AstroUserConfig {
  const { base, site, ...playbook } = options;
  return {
    base: base || '/',
    site: site || undefined,
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'never' },
    // Scripts always as files, never inlined into pages: a strict Content-Security-Policy (`script-src 'self'`) then works.
    vite: { build: { assetsInlineLimit: 0 } },
    devToolbar: { enabled: false },
    // A rebuild copies each page whose key (src/site/page-keys.ts) and template code are unchanged from the cache
    // (`cacheDir`) instead of rendering it again. `build.concurrency` stays 1: the search index is fed pages in the order
    // Astro renders them (src/integration/pagefind.ts), and several at once measured no faster on two cores.
    experimental: { incrementalBuild: true },
    integrations: [mdx(), sopPlaybook(playbook)],
  };
}
