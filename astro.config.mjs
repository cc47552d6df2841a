// Astro configuration for the published playbook, for `astro dev` and `astro build` (`sop build` passes the
// same settings as arguments). `SOP_BASE` publishes under a sub-path such as `/playbook/`; `SOP_TODAY` pins today.
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/integration/astro-config.ts';

export default defineConfig(
  siteConfig({ base: process.env.SOP_BASE, site: process.env.SOP_SITE, contentRoot: process.env.SOP_ROOT, today: process.env.SOP_TODAY }),
);
