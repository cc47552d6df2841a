// Astro configuration for the published playbook, for `astro dev` and `astro build` (`sop build` passes the
// same settings as arguments). `SOP_BASE` publishes under a sub-path such as `/playbook/`; `SOP_TODAY` pins today; `SOP_DRAFTS=1` previews drafts as `sop build --drafts` does;
// `SOP_SEARCH_SHARD_PAGES` sets the pages past which the search index is written in parts.
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/integration/astro-config.ts';

export default defineConfig(
  siteConfig({
    base: process.env.SOP_BASE,
    site: process.env.SOP_SITE,
    contentRoot: process.env.SOP_ROOT,
    today: process.env.SOP_TODAY,
    drafts: process.env.SOP_DRAFTS === '1',
    searchShardPages: process.env.SOP_SEARCH_SHARD_PAGES ? Number(process.env.SOP_SEARCH_SHARD_PAGES) : undefined,
  }),
);
