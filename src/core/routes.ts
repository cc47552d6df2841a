// The site's routes, in one table: pages link with `routes`, `broken-link` checks authors' links with `matchRoute`.
// Adding a page is one entry here (and the page itself). `<id>` stands for one path segment, `<n>` for the number of a
// listing's later page (2 and on: page 1 is the listing's own address, see src/site/paginate.ts).

/** What an `<id>` in a route must name, for `broken-link`. */
export type RouteIdKind = 'sop' | 'macro' | 'owner' | 'category' | 'tag';

interface RouteEntry {
  path: string;
  /** What the route's `<id>` names; required when the path holds `<id>`. */
  id?: RouteIdKind;
  /** Everything under the path exists (generated folders such as the search index). */
  prefix?: boolean;
  /** Named in `broken-link`'s message for a link to no page. */
  suggest?: boolean;
  /** Only in a `sop build --drafts` preview: the published playbook has no such page, so authors' links to it are broken. */
  preview?: boolean;
}

export const routeTable = {
  home: { path: '/' },
  sop: { path: '/sops/<id>/', id: 'sop', suggest: true },
  macro: { path: '/macros/<id>/', id: 'macro', suggest: true },
  owner: { path: '/owners/<id>/', id: 'owner', suggest: true },
  category: { path: '/categories/<id>/', id: 'category', suggest: true },
  tag: { path: '/tags/<id>/', id: 'tag' },
  categoryPage: { path: '/categories/<id>/<n>/', id: 'category' },
  ownerPage: { path: '/owners/<id>/<n>/', id: 'owner' },
  macros: { path: '/macros/' },
  // `page/` keeps the registry's later pages clear of `/macros/<id>/`, whatever a macro is called.
  macrosPage: { path: '/macros/page/<n>/' },
  // Every macro in a few fields, for the registry's filter once the registry spans pages.
  macroIndex: { path: '/macros/registry.json' },
  reviews: { path: '/reviews/', suggest: true },
  escalations: { path: '/escalations/', suggest: true },
  changes: { path: '/changes/' },
  changesFeed: { path: '/changes.xml' },
  search: { path: '/pagefind/', prefix: true },
  // For AI agents (src/core/ai/): published only for SOPs and macros their policy allows.
  llmsTxt: { path: '/llms.txt' },
  llmsFullTxt: { path: '/llms-full.txt' },
  sopMarkdown: { path: '/sops/<id>.md', id: 'sop' },
  macroMarkdown: { path: '/macros/<id>.md', id: 'macro' },
  apiPlaybook: { path: '/api/playbook.json' },
  apiSop: { path: '/api/sops/<id>.json', id: 'sop' },
  apiSchema: { path: '/api/schema.json' },
  drafts: { path: '/drafts/', preview: true },
  searchVocabulary: { path: '/search-vocabulary.json' },
} as const satisfies Record<string, RouteEntry>;

type RouteName = keyof typeof routeTable;

type RouteBuilder<Path extends string> = Path extends `${string}<id>${string}<n>${string}`
  ? (id: string, page: number) => string
  : Path extends `${string}<id>${string}`
    ? (id: string) => string
    : Path extends `${string}<n>${string}`
      ? (page: number) => string
      : () => string;

type RouteBuilders = { [Name in RouteName]: RouteBuilder<(typeof routeTable)[Name]['path']> };

/** Fills a path's `<id>` and `<n>` in that order from `values`. */
function fill(path: string, values: ReadonlyArray<string | number>): string {
  let next = 0;
  const take = () => String(values[next++] ?? '');
  const withId = path.includes('<id>') ? path.replace('<id>', take()) : path;
  return withId.includes('<n>') ? withId.replace('<n>', take()) : withId;
}

/**
 * Site paths without the base: `routes.sop('refunds')` is `/sops/refunds/`, `routes.categoryPage('billing', 2)`
 * `/categories/billing/2/`; put them through `withBase` for an href.
 */
export const routes = Object.fromEntries(
  Object.entries(routeTable).map(([name, entry]: [string, RouteEntry]) => [
    name,
    (...values: Array<string | number>) => fill(entry.path, values),
  ]),
) as RouteBuilders;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A route's path as a pattern: `<id>` is one segment without dots, `<n>` a page number from 2; a trailing slash may be left off. */
function patternOf(entry: RouteEntry): RegExp {
  const source = escapeRegExp(entry.path).replace(escapeRegExp('<id>'), '([^/.]+)').replace(escapeRegExp('<n>'), '(?:[2-9]|[1-9]\\d+)');
  if (!entry.path.endsWith('/')) return new RegExp(`^${source}$`);
  return new RegExp(`^${source.slice(0, -1)}${entry.prefix ? '(?:/|$)' : '/?$'}`);
}

const matchers = Object.entries(routeTable)
  .filter(([, entry]: [string, RouteEntry]) => !entry.preview)
  .map(([name, entry]: [string, RouteEntry]) => ({ name: name as RouteName, entry, pattern: patternOf(entry) }));

export interface RouteMatch {
  name: RouteName;
  /** What the `<id>` names, and the id itself, for routes that take one. */
  id?: { kind: RouteIdKind; value: string };
}

/** The route a site path (`/sops/refunds/`, no base, no `#`) belongs to, or undefined when no page has it. */
export function matchRoute(path: string): RouteMatch | undefined {
  for (const { name, entry, pattern } of matchers) {
    const match = pattern.exec(path);
    if (!match) continue;
    return entry.id && match[1] !== undefined ? { name, id: { kind: entry.id, value: match[1] } } : { name };
  }
  return undefined;
}

/** The route paths worth suggesting for a link to no page, as written in the table. */
export const suggestedRoutes: readonly string[] = Object.values(routeTable as Record<string, RouteEntry>)
  .filter((entry) => entry.suggest)
  .map((entry) => entry.path);

/** Joins the base (`/` or `/playbook/`) and a site path (`/sops/refunds/`). */
export function withBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${sitePath.startsWith('/') ? sitePath : `/${sitePath}`}`;
}
