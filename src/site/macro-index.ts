// Builds the macro registry's index (see src/site/client/registry-index.ts) from the registry the pages show.
import type { Catalog } from '../core/catalog.ts';
import { roundUsage, type MacroRegistry } from '../core/macros/registry.ts';
import type { IndexedMacro, MacroIndex } from './client/registry-index.ts';
import { displayDate, reviewLabel } from './format.ts';

export function macroIndexOf(registry: MacroRegistry, catalog: Catalog): MacroIndex {
  const numbering = <T>(key: (item: T) => string) => {
    const numbers = new Map<string, number>();
    const items: T[] = [];
    return {
      items,
      numberOf(item: T): number {
        const known = numbers.get(key(item));
        if (known !== undefined) return known;
        numbers.set(key(item), items.length);
        return items.push(item) - 1;
      },
    };
  };
  const categories = numbering<[string, string]>(([id]) => id);
  const owners = numbering<[string, string | null]>(([id]) => id);
  const sops = numbering<[string, string]>(([id]) => id);
  const macros = registry.entries.map(({ macro, usagePerQuarter, shelf }): IndexedMacro => {
    const { data, review } = macro;
    const source = data.source;
    const row: IndexedMacro = {
      id: macro.id,
      title: data.title,
      category: categories.numberOf([data.category, macro.category?.name ?? data.category]),
      owner: owners.numberOf([data.owner, macro.owner?.name ?? null]),
      status: data.status,
      shelf,
      usedBy: macro.usedBy.map((id) => sops.numberOf([id, catalog.sopsById.get(id)?.data.title ?? id])),
      words: [...(data.tags ?? []), ...(data.channels ?? []), source ? `${source.system} ${source.id}` : ''].join(' ').trim(),
    };
    if (usagePerQuarter !== undefined) {
      row.usage = Number(usagePerQuarter.toFixed(2));
      row.usageShown = roundUsage(usagePerQuarter);
    }
    if (review.status !== 'exempt') {
      row.next = review.nextReview;
      row.nextShown = displayDate(review.nextReview);
    }
    if (review.status === 'overdue' || review.status === 'due-soon') row.review = { status: review.status, label: reviewLabel(review) };
    return row;
  });
  return { categories: categories.items, owners: owners.items, sops: sops.items, macros };
}
