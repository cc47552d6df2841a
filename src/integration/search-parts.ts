// Which part of a large playbook's search index each page goes to (src/core/search/shards.ts), from the catalog the
// pages are made from: the same title and status their `data-pagefind-sort` key is made of.
import type { Catalog } from '../core/catalog.ts';
import { routes } from '../core/routes.ts';
import { dealSearchPages, searchShardCount } from '../core/search/shards.ts';
import { searchOrder } from '../site/search-attributes.ts';
import { pageFile, pageKey } from './pagefind.ts';

export interface SearchParts {
  count: number;
  /** The part of the page written to `file` (relative to the output folder); undefined for a page not dealt. */
  partOf: (file: string) => number | undefined;
}

/** The file a route's page is written to, as the search feed names it. */
const pageFileOf = (route: string) => pageFile(pageKey(route));

export function searchPartsOf(catalog: Catalog, pagesPerShard: number | undefined): SearchParts {
  const count = searchShardCount(catalog.sops.length + catalog.macros.length, pagesPerShard);
  if (count === 1) return { count, partOf: () => 0 };
  const parts = dealSearchPages(
    [
      ...catalog.sops.map((sop) => ({
        file: pageFileOf(routes.sop(sop.id)),
        order: searchOrder({ title: sop.data.title, retired: sop.data.status === 'retired' }),
      })),
      ...catalog.macros.map((macro) => ({
        file: pageFileOf(routes.macro(macro.id)),
        order: searchOrder({ title: macro.data.title, retired: macro.data.status === 'archived' }),
      })),
    ],
    count,
  );
  return { count, partOf: (file) => parts.get(file) };
}
