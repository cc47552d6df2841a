// Hands the site its settings and precomputed data as Vite virtual modules (after Starlight's
// integrations/vite-virtual-modules.ts): pages import them, nothing travels through globals.
import type { Plugin } from 'vite';

/** The module pages import: `import site from 'virtual:sop-playbook/site'` (typed in src/site/virtual.d.ts). */
export const siteModuleId = 'virtual:sop-playbook/site';

/** A Vite plugin serving each id's code, computed when first imported (and again after `invalidate`). */
export function virtualModules(modules: Record<string, () => Promise<string>>): Plugin & { invalidate(): void } {
  const resolved = new Map(Object.keys(modules).map((id) => [`\0${id}`, id]));
  let servers: Array<{
    environments: Record<string, { moduleGraph: { getModuleById(id: string): unknown; invalidateModule(module: never): void } }>;
  }> = [];
  return {
    name: 'sop-playbook-virtual-modules',
    resolveId(id) {
      return id in modules ? `\0${id}` : undefined;
    },
    load(id) {
      const name = resolved.get(id);
      return name === undefined ? undefined : modules[name]!();
    },
    configureServer(server) {
      servers = [server];
    },
    /** In dev, after content changes: the next import computes the modules afresh. */
    invalidate() {
      for (const server of servers) {
        for (const environment of Object.values(server.environments)) {
          for (const id of resolved.keys()) {
            const module = environment.moduleGraph.getModuleById(id);
            if (module) environment.moduleGraph.invalidateModule(module as never);
          }
        }
      }
    },
  };
}
