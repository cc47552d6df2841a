// The Astro integration: points the site at the playbook, reloads it on edits in dev and shows lint
// results there without stopping, draws diagrams, and indexes the built site with Pagefind.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagramRendererKey } from '../site/diagrams.ts';
import { contentGenerationKey } from '../site/site-data.ts';
import { browserRendererMiddleware, createDiagramService, shipBrowserRenderer, type DiagramService } from './diagrams.ts';
import { indexSite } from './pagefind.ts';
import { reportLintInDev } from './dev-lint.ts';

export default function sopPlaybook(): AstroIntegration {
  let root = process.cwd();
  let diagrams: DiagramService | undefined;
  return {
    name: 'sop-playbook',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        process.env.SOP_ROOT ??= root;
        diagrams = createDiagramService(root);
        (globalThis as Record<symbol, unknown>)[diagramRendererKey] = diagrams.port;
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
        server.middlewares.use(browserRendererMiddleware(server.config.base));
        server.watcher.add(contentFolder);
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
        void reportLintInDev(root, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (diagrams?.browserNeeded) await shipBrowserRenderer(fileURLToPath(dir));
        // Printed, not logged: `sop build` runs Astro at warning level, and which mode ran matters.
        const diagramSummary = diagrams?.summary();
        if (diagramSummary) process.stderr.write(`sop: ${diagramSummary}\n`);
        const summary = await indexSite(fileURLToPath(dir));
        logger.info(`search index: ${summary.pages} pages indexed by Pagefind`);
      },
    },
  };
}
