// Astro content collections for SOPs and macros, fed by the core loader and checked by the same zod
// schemas, so `astro:content` (for custom pages) and `sop lint` can never disagree about the model. They stay empty
// unless a module of the project reads them (src/node/collections-read.ts).
import type { Loader } from 'astro/loaders';
import type { ContentDocument } from '../core/model.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectReadsCollections } from '../node/collections-read.ts';

export function playbookCollection(kind: 'sops' | 'macros'): Loader {
  return {
    name: `sop-playbook-${kind}`,
    async load(context) {
      const { store, watcher, logger } = context;
      if (!projectReadsCollections(path.join(fileURLToPath(context.config.root), 'src'))) {
        store.clear();
        return;
      }
      const sync = async () => {
        // Imported here, not at the top: Astro loads this module through Vite's module runner on every build, compiling each
        // module it imports, and the site's data (most of src/) is needed only when the collections are filled (about 0.5 s
        // of a build's start otherwise).
        const { getPlaybook } = await import('../site/site-data.ts');
        const playbook = await getPlaybook();
        const documents: Array<ContentDocument<object>> = kind === 'sops' ? playbook.sops : playbook.macros;
        store.clear();
        for (const document of documents) {
          // Invalid files are lint's to report, with their line; the collection holds what the site can use.
          if (!document.data || store.has(document.id)) continue;
          const data = await context.parseData({ id: document.id, data: { ...document.data }, filePath: document.file.path });
          store.set({
            id: document.id,
            data,
            body: document.body,
            filePath: document.file.path,
            digest: context.generateDigest(document.file.text),
          });
        }
      };
      await sync();
      if (!watcher) return;
      const { default: settings } = await import('virtual:sop-playbook/site');
      watcher.on('change', (file) => {
        if (file.startsWith(`${settings.root}/content/`))
          sync().catch((error: unknown) => {
            logger.warn(String(error));
          });
      });
    },
  };
}
