// The macro registry's shelves, page order and filter choices: the same on every page of the registry, so worked out once
// per site. Each page worked them out from every macro again: at 15,000 macros, 75 pages of 200, that was 1.2 s of the
// build where one page's work took 20 ms at 1,500.
import type { RegistryEntry } from '../core/macros/registry.ts';
import { pageSize } from './paginate.ts';
import type { Site } from './site-data.ts';

interface RegistryFilter {
  name: string;
  label: string;
  all: string;
  options: Array<{ value: string; text: string }>;
}

export interface RegistryLayout {
  inUse: RegistryEntry[];
  candidates: RegistryEntry[];
  archived: RegistryEntry[];
  /** The shelves in order, as the pages take them: each page shows a run of one or two shelves. */
  ordered: RegistryEntry[];
  /** In-use macros that are drafts. */
  drafts: number;
  /** Filter choices: only values some macro has, so no option leads to an empty table. */
  filters: RegistryFilter[];
  /** The 1-based page a shelf's first macro is on (where to find a shelf that has nothing on another page). */
  firstPageOf(entries: readonly RegistryEntry[]): number;
}

const layouts = new WeakMap<Site, RegistryLayout>();

export function registryLayout(site: Site): RegistryLayout {
  let layout = layouts.get(site);
  if (layout) return layout;
  const { catalog } = site;
  const shelf = (name: RegistryEntry['shelf']) => site.macroRegistry.entries.filter((entry) => entry.shelf === name);
  const inUse = shelf('in-use');
  const candidates = shelf('archive-candidate');
  const archived = shelf('archived');
  const ordered = [...inUse, ...candidates, ...archived];
  const placeOf = new Map(ordered.map((entry, place) => [entry, place]));
  const macroCategories = new Set(catalog.macros.map((macro) => macro.data.category));
  const ownerIds = [...new Set(catalog.macros.map((macro) => macro.data.owner))];
  const owners = ownerIds
    .map((id) => ({ id, name: catalog.owners.get(id)?.name ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const macroStatuses = new Set(catalog.macros.map((macro) => macro.data.status));
  const statuses = (['active', 'draft', 'archived'] as const).filter((status) => macroStatuses.has(status));
  layout = {
    inUse,
    candidates,
    archived,
    ordered,
    drafts: inUse.filter((entry) => entry.macro.data.status === 'draft').length,
    filters: [
      {
        name: 'category',
        label: 'Category',
        all: 'All categories',
        options: catalog.categories
          .filter((category) => macroCategories.has(category.id))
          .map(({ id, name }) => ({ value: id, text: name })),
      },
      { name: 'owner', label: 'Owner', all: 'All owners', options: owners.map(({ id, name }) => ({ value: id, text: name })) },
      { name: 'status', label: 'Status', all: 'All statuses', options: statuses.map((status) => ({ value: status, text: status })) },
    ],
    firstPageOf: (entries) => Math.floor(placeOf.get(entries[0]!)! / pageSize) + 1,
  };
  layouts.set(site, layout);
  return layout;
}
