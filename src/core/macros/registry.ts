// The macro registry as managers read it: each macro's usage per quarter and the shelf it sits on
// (in use, archive candidate, archived), by the same measure as the `macro-unused` rule.
import type { Catalog, CatalogMacro } from '../catalog.ts';
import { usagePerQuarter } from './usage.ts';

/** Drafts sit with the macros in use (marked), since they are on their way in. */
type RegistryShelf = 'in-use' | 'archive-candidate' | 'archived';

export interface RegistryEntry {
  macro: CatalogMacro;
  /** Uses per quarter (91 days), or undefined when nothing was counted. */
  usagePerQuarter: number | undefined;
  shelf: RegistryShelf;
}

export interface MacroRegistry {
  archiveBelow: number;
  /** In the catalog's order (by title). */
  entries: RegistryEntry[];
  byId: Map<string, RegistryEntry>;
}

function shelfOf(macro: CatalogMacro, perQuarter: number | undefined, archiveBelow: number): RegistryShelf {
  if (macro.data.status === 'archived') return 'archived';
  if (macro.data.status === 'active' && perQuarter !== undefined && perQuarter < archiveBelow) return 'archive-candidate';
  return 'in-use';
}

export function macroRegistry(catalog: Catalog, archiveBelow: number): MacroRegistry {
  const entries = catalog.macros.map((macro): RegistryEntry => {
    const perQuarter = macro.data.usage ? usagePerQuarter(macro.data.usage, catalog.today) : undefined;
    return { macro, usagePerQuarter: perQuarter, shelf: shelfOf(macro, perQuarter, archiveBelow) };
  });
  return { archiveBelow, entries, byId: new Map(entries.map((entry) => [entry.macro.id, entry])) };
}

/** `about 140`, `about 0.6`, as pages print a per-quarter figure: whole numbers, one decimal under 1. */
export function roundUsage(perQuarter: number): number {
  return perQuarter < 1 ? Math.round(perQuarter * 10) / 10 : Math.round(perQuarter);
}
