// Long listings (a category or an owner with hundreds of SOPs, the macro registry) split into pages of at most
// `pageSize` entries, so that no page grows with the playbook: page 1 at the listing's own address, page n where
// the route table puts it (`/categories/<id>/<n>/`, `/macros/page/<n>/`).

/** Entries per listing page: a long page still, but one a browser and Pagefind handle at any playbook size. */
export const pageSize = 200;

/** How many pages the longest of `lists` needs (at least 1). */
export function pageCountOf(lists: ReadonlyArray<{ length: number }>, size = pageSize): number {
  return Math.max(1, ...lists.map((list) => Math.ceil(list.length / size)));
}

/** The entries of 1-based page `page`. */
export function pageOf<T>(list: readonly T[], page: number, size = pageSize): T[] {
  return list.slice((page - 1) * size, page * size);
}

/** A paginated listing's addresses (site paths from the route table): page 1, and page `n` from 2 on. */
export interface Listing {
  first: string;
  later: (page: number) => string;
}

/** Where page `page` of a listing lives. */
export function pagePath(listing: Listing, page: number): string {
  return page <= 1 ? listing.first : listing.later(page);
}

export interface PagerLink {
  page: number;
  path: string;
  current: boolean;
}

/** Links to every page of the listing (a few dozen at most at 200 entries a page). */
export function pagerLinks(listing: Listing, current: number, pageCount: number): PagerLink[] {
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    path: pagePath(listing, index + 1),
    current: index + 1 === current,
  }));
}

/** `SOPs 201–400 of 950`, for the page's lede. */
export function rangeLabel(page: number, total: number, noun: string, size = pageSize): string {
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return `${noun} ${first}–${last} of ${total}`;
}
