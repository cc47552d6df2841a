import { describe, expect, it } from 'vitest';
import { routes } from '../../src/core/routes.ts';
import { pageCountOf, pageOf, pagePath, pagerLinks, rangeLabel } from '../../src/site/paginate.ts';

describe('listing pages', () => {
  const list = Array.from({ length: 450 }, (_, index) => index);

  it('splits a list into pages of 200, the last one shorter, and an empty list into one page', () => {
    expect(pageCountOf([list])).toBe(3);
    expect(pageCountOf([[], list.slice(0, 200)])).toBe(1);
    expect(pageCountOf([])).toBe(1);
    expect(pageOf(list, 1)).toHaveLength(200);
    expect(pageOf(list, 3)).toEqual(list.slice(400));
    expect(pageOf(list, 4)).toEqual([]);
  });

  it('keeps page 1 at the listing address and numbers the rest below it', () => {
    const billing = { first: routes.category('billing'), later: (page: number) => routes.categoryPage('billing', page) };
    expect(pagePath(billing, 1)).toBe('/categories/billing/');
    expect(pagePath(billing, 3)).toBe('/categories/billing/3/');
    const owner = { first: routes.owner('billing-ops'), later: (page: number) => routes.ownerPage('billing-ops', page) };
    expect(pagerLinks(owner, 2, 3)).toEqual([
      { page: 1, path: '/owners/billing-ops/', current: false },
      { page: 2, path: '/owners/billing-ops/2/', current: true },
      { page: 3, path: '/owners/billing-ops/3/', current: false },
    ]);
  });

  it('says which entries a page shows', () => {
    expect(rangeLabel(2, 450, 'SOPs')).toBe('SOPs 201–400 of 450');
    expect(rangeLabel(3, 450, 'SOPs')).toBe('SOPs 401–450 of 450');
  });
});
