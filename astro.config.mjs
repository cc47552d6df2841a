// Astro configuration for the published playbook. `SOP_BASE` (or editing `base`) publishes it under a
// sub-path such as `/playbook/`; everything the site links to honours it.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sopPlaybook from './src/integration/index.ts';

export default defineConfig({
  base: process.env.SOP_BASE || '/',
  site: process.env.SOP_SITE || undefined,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts always as files, never inlined into pages: a strict Content-Security-Policy (`script-src 'self'`) then works.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [mdx(), sopPlaybook()],
});
