// What an SOP's components need from the built site: its macros (reply, Copy text, page) and its asset
// files (served address, image size), resolved from the SOP's own file as `broken-link` resolves them.
import path from 'node:path';
import type { CatalogMacro } from '../core/catalog.ts';
import { replyText } from '../core/macros/reply.ts';
import { assetsFolder, assetsRoute, readImageSize } from '../node/playbook-assets.ts';
import type { ComponentAsset, ComponentContext } from './render-components.ts';
import { routes, withBase } from '../core/routes.ts';

export interface ComponentSources {
  root: string;
  base: string;
  macrosById: ReadonlyMap<string, CatalogMacro>;
  macroHtml(macro: CatalogMacro): string;
}

/** The file a `src` names, relative to the playbook root, and where the site serves it; undefined when it is not published. */
export function assetLocation(src: string, documentPath: string): { file: string; sitePath: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return undefined;
  const clean = src.split(/[?#]/)[0]!;
  if (clean.startsWith('/')) return { file: `public${clean}`, sitePath: clean };
  const file = new URL(clean, `file:///${documentPath}`).pathname.slice(1);
  const prefix = `${assetsFolder}/`;
  if (!file.startsWith(prefix)) return undefined;
  return { file, sitePath: `${assetsRoute}${file.slice(prefix.length)}` };
}

export function componentContext(sources: ComponentSources, documentPath: string, sizes: Map<string, ComponentAsset | undefined>): ComponentContext {
  return {
    macro(id) {
      const macro = sources.macrosById.get(id);
      if (!macro) return undefined;
      return {
        title: macro.data.title,
        status: macro.data.status,
        href: withBase(sources.base, routes.macro(id)),
        replyText: replyText(macro.document),
        replyHtml: sources.macroHtml(macro),
      };
    },
    asset(src) {
      const location = assetLocation(src, documentPath);
      if (!location) return undefined;
      if (!sizes.has(location.file)) {
        const size = /\.(png|jpe?g|gif|webp|svg)$/i.test(location.file) ? readImageSize(path.join(sources.root, location.file)) : undefined;
        sizes.set(location.file, { url: withBase(sources.base, encodeURI(location.sitePath)), size });
      }
      return sizes.get(location.file);
    },
  };
}
