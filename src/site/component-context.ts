// What an SOP's components need from the built site: its macros (reply, Copy text, page) and its asset
// files (served address, image size), resolved from the SOP's own file as `broken-link` resolves them.
import path from 'node:path';
import type { CatalogMacro } from '../core/catalog.ts';
import { replyText } from '../core/macros/reply.ts';
import { assetFile } from '../core/links.ts';
import { readImageSize } from '../node/playbook-assets.ts';
import type { ComponentAsset, ComponentContext } from './render-components.ts';
import { routes, withBase } from '../core/routes.ts';

export interface ComponentSources {
  root: string;
  base: string;
  macrosById: ReadonlyMap<string, CatalogMacro>;
  macroHtml(macro: CatalogMacro): string;
}

export function componentContext(
  sources: ComponentSources,
  documentPath: string,
  sizes: Map<string, ComponentAsset | undefined>,
): ComponentContext {
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
      const location = assetFile(src, documentPath);
      if (!location) return undefined;
      if (!sizes.has(location.file)) {
        const size = /\.(png|jpe?g|gif|webp|svg)$/i.test(location.file) ? readImageSize(path.join(sources.root, location.file)) : undefined;
        sizes.set(location.file, { url: withBase(sources.base, encodeURI(location.sitePath)), size });
      }
      return sizes.get(location.file);
    },
  };
}
