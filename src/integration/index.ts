// The Astro integration: points the site at the playbook, reloads it on edits in dev and shows lint
// results there without stopping, and indexes the built site with Pagefind.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentGenerationKey } from '../site/site-data.ts';
import { indexSite } from './pagefind.ts';
import { reportLintInDev } from './dev-lint.ts';

export default function sopPlaybook(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'sop-playbook',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        process.env.SOP_ROOT ??= root;
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentFolder = path.join(root, 'content') + path.sep;
        const onChange = (file: string) => {
          if (!file.startsWith(contentFolder)) return;
          const store = globalThis as Record<symbol, number | undefined>;
          store[contentGenerationKey] = (store[contentGenerationKey] ?? 0) + 1;
          void reportLintInDev(root, logger);
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.add(contentFolder);
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
        void reportLintInDev(root, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await indexSite(fileURLToPath(dir));
        logger.info(`search index: ${summary.pages} pages indexed by Pagefind`);
      },
    },
  };
}
