// The macro registry's index (`/macros/registry.json`): every macro in a few fields, so that the filter of a
// registry spread over pages finds any macro, and draws the rows it shows the way the pages draw theirs.
import { normalise } from './normalise.ts';

/** One macro, as the registry table shows it. Indexes point into the index's `categories`, `owners` and `sops`. */
export interface IndexedMacro {
  id: string;
  title: string;
  category: number;
  owner: number;
  status: string;
  shelf: 'in-use' | 'archive-candidate' | 'archived';
  /** Uses per quarter to two decimals (what the rows' `data-usage` holds) and as shown; absent when not counted. */
  usage?: number;
  usageShown?: number;
  /** Next review (ISO and as shown); absent when the macro is not on a review cycle. */
  next?: string;
  nextShown?: string;
  /** The review badge, only when the review is overdue or due soon. */
  review?: { status: string; label: string };
  usedBy: number[];
  /** Tags, channels and the help-desk source: matched by the filter, not shown. */
  words: string;
}

export interface MacroIndex {
  /** `[id, name]` */
  categories: Array<[string, string]>;
  /** `[id, name]`; name null for an owner missing from team.yaml (shown as its id, without a link). */
  owners: Array<[string, string | null]>;
  /** `[id, title]` of the SOPs that use some macro. */
  sops: Array<[string, string]>;
  /** In the registry's order: by title. */
  macros: IndexedMacro[];
}

/** What the filter matches a macro against: the same fields, folded the same way, as the rows' `data-search`. */
export function searchTextOf(macro: IndexedMacro, index: MacroIndex): string {
  const category = index.categories[macro.category];
  const owner = index.owners[macro.owner];
  return normalise(
    [
      macro.title,
      macro.id,
      category?.[1] ?? '',
      owner?.[1] ?? owner?.[0] ?? '',
      macro.status,
      macro.words,
      ...macro.usedBy.map((sop) => index.sops[sop]?.[1] ?? ''),
    ].join(' '),
  );
}
