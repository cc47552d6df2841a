// The catalog grouped the ways pages list it (by owner, category, tag, review date, recent change),
// computed once per build so a thousand pages do not each scan every SOP again.
import type { Catalog, CatalogMacro, CatalogSop, Owner } from '../core/catalog.ts';
import type { HistoryEntry } from '../node/git-history.ts';

interface Holdings {
  /** SOPs this person or team owns. */
  sops: CatalogSop[];
  /** SOPs on which they are a co-owner. */
  coOwned: CatalogSop[];
  macros: CatalogMacro[];
}

type ReviewItem = { kind: 'sop'; item: CatalogSop } | { kind: 'macro'; item: CatalogMacro };

export interface ReviewGroup {
  owner: Owner | undefined;
  ownerId: string;
  items: ReviewItem[];
}

interface ReviewCalendar {
  overdue: ReviewGroup[];
  /** Not overdue, next review within `horizonDays`. */
  upcoming: ReviewGroup[];
  later: ReviewGroup[];
  horizonDays: number;
  counts: { overdue: number; dueSoon: number; upcoming: number; later: number };
}

export interface RecentChange {
  sop: CatalogSop;
  entry: HistoryEntry;
}

export interface Collections {
  holdings(ownerId: string): Holdings;
  byCategory: Map<string, CatalogSop[]>;
  byTag: Map<string, CatalogSop[]>;
  reviews: ReviewCalendar;
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function collect(catalog: Catalog, horizonDays = 30): Collections {
  const owned = new Map<string, CatalogSop[]>();
  const coOwned = new Map<string, CatalogSop[]>();
  const macros = new Map<string, CatalogMacro[]>();
  const byCategory = new Map<string, CatalogSop[]>();
  const byTag = new Map<string, CatalogSop[]>();
  // Catalog order (active and shadow by title, retired last) carries through every list.
  for (const sop of catalog.sops) {
    push(owned, sop.data.owner, sop);
    for (const id of new Set(sop.data.coOwners ?? [])) if (id !== sop.data.owner) push(coOwned, id, sop);
    push(byCategory, sop.data.category, sop);
    for (const tag of new Set(sop.data.tags ?? [])) push(byTag, tag, sop);
  }
  for (const macro of catalog.macros) push(macros, macro.data.owner, macro);
  return {
    holdings: (ownerId) => ({ sops: owned.get(ownerId) ?? [], coOwned: coOwned.get(ownerId) ?? [], macros: macros.get(ownerId) ?? [] }),
    byCategory,
    byTag,
    reviews: reviewCalendar(catalog, horizonDays),
  };
}

function reviewCalendar(catalog: Catalog, horizonDays: number): ReviewCalendar {
  const items: ReviewItem[] = [
    ...catalog.sops.map((item): ReviewItem => ({ kind: 'sop', item })),
    ...catalog.macros.map((item): ReviewItem => ({ kind: 'macro', item })),
  ].filter((entry) => entry.item.review.status !== 'exempt');
  items.sort(
    (a, b) =>
      a.item.review.daysLeft - b.item.review.daysLeft ||
      a.item.data.title.localeCompare(b.item.data.title, 'en') ||
      (a.item.id < b.item.id ? -1 : 1),
  );
  const overdue = items.filter((entry) => entry.item.review.status === 'overdue');
  const upcoming = items.filter((entry) => entry.item.review.status !== 'overdue' && entry.item.review.daysLeft <= horizonDays);
  const later = items.filter((entry) => entry.item.review.daysLeft > horizonDays);
  return {
    overdue: byOwner(overdue, catalog),
    upcoming: byOwner(upcoming, catalog),
    later: byOwner(later, catalog),
    horizonDays,
    counts: {
      overdue: overdue.length,
      dueSoon: items.filter((entry) => entry.item.review.status === 'due-soon').length,
      upcoming: upcoming.length,
      later: later.length,
    },
  };
}

/** Groups keep the items' date order, and come in the order of their most urgent item. */
function byOwner(items: ReviewItem[], catalog: Catalog): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const entry of items) {
    const ownerId = entry.item.data.owner;
    let group = groups.get(ownerId);
    if (!group) groups.set(ownerId, (group = { owner: catalog.owners.get(ownerId), ownerId, items: [] }));
    group.items.push(entry);
  }
  return [...groups.values()];
}

/** The latest change of each SOP, newest first; ties by title so the list is the same on every build. */
export function recentChanges(sops: readonly CatalogSop[], history: (path: string) => HistoryEntry[], limit: number): RecentChange[] {
  const changes: RecentChange[] = [];
  for (const sop of sops) {
    const entry = history(sop.document.file.path)[0];
    if (entry) changes.push({ sop, entry });
  }
  changes.sort(
    (a, b) =>
      (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : 0) || a.sop.data.title.localeCompare(b.sop.data.title, 'en'),
  );
  return changes.slice(0, limit);
}
