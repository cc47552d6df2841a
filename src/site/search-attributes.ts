// What a page tells Pagefind about itself (filters, result metadata, weights), in one place so SOP and
// macro pages carry the same names and the search box can filter and rank them alike.

/** The filters the search box offers, in the order it shows them. */
type SearchFilter = 'type' | 'category' | 'channel' | 'owner' | 'status';

/** Result metadata the search box reads (besides Pagefind's own `title`). */
type SearchMeta = 'title' | 'summary' | 'type' | 'status' | 'owner' | 'category' | 'rank' | 'sop' | 'version';

/**
 * `data-pagefind-weight` values (quadratic in Pagefind: 10 is ~100x body text). A match in the title or
 * summary must beat many mentions in the body; a retired or archived page's body counts for less. An SOP's
 * `aliases` (what customers call it) weigh nearly as much as its title.
 */
export const searchWeight = {
  title: '10',
  aliases: '8',
  summary: '6',
  conceptsStrong: '5',
  conceptsMedium: '2',
  body: '1',
  retiredBody: '0.5',
} as const;

export interface SearchEntry {
  type: 'SOP' | 'Macro';
  title: string;
  /** One line: the SOP summary, or the start of the macro text. */
  summary: string;
  /** `active`, `shadow`, `retired` for SOPs; `active`, `draft`, `archived` for macros. */
  status: string;
  /** Display names, so the filter lists read as people and teams, not ids. */
  owner: string | undefined;
  category: string | undefined;
  channels: readonly string[];
  /** Retired SOPs and archived macros: ranked after everything else. */
  retired: boolean;
  /** An SOP's id and version, so results can say "updated since you read it". */
  sop?: { id: string; version: string };
}

/** The key browsing by filters alone (no words) lists pages by: retired last, then by title. */
export function searchOrder(entry: Pick<SearchEntry, 'title' | 'retired'>): string {
  return `${entry.retired ? 1 : 0} ${entry.title.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

export type SearchAttribute = { 'data-pagefind-filter': string } | { 'data-pagefind-meta': string } | { 'data-pagefind-sort': string };

/**
 * One attribute set per value, each for its own empty element (see `SearchFacets.astro`): an inline
 * value runs to the end of the attribute, so a comma in a title or name cannot split it.
 */
export function searchAttributes(entry: SearchEntry): SearchAttribute[] {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const filters: Array<[SearchFilter, string | undefined]> = [
    ['type', entry.type],
    ['category', entry.category],
    ...entry.channels.map((channel): [SearchFilter, string] => ['channel', channel]),
    ['owner', entry.owner],
    ['status', entry.status],
  ];
  const meta: Array<[SearchMeta, string | undefined]> = [
    ['title', entry.title],
    ['summary', entry.summary],
    ['type', entry.type],
    ['status', entry.status],
    ['owner', entry.owner],
    ['category', entry.category],
    ['rank', entry.retired ? '1' : '0'],
    ['sop', entry.sop?.id],
    ['version', entry.sop?.version],
  ];
  const order = searchOrder(entry);
  return [
    ...filters
      .filter((pair): pair is [SearchFilter, string] => Boolean(pair[1]))
      .map(([name, value]) => ({ 'data-pagefind-filter': `${name}:${oneLine(value)}` })),
    ...meta
      .filter((pair): pair is [SearchMeta, string] => Boolean(pair[1]))
      .map(([name, value]) => ({ 'data-pagefind-meta': `${name}:${oneLine(value)}` })),
    { 'data-pagefind-sort': `order:${order}` },
  ];
}
