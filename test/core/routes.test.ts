import { describe, expect, it } from 'vitest';
import { contentFileRoute, linkTarget } from '../../src/core/links.ts';
import { matchRoute, routes, routeTable, suggestedRoutes, withBase } from '../../src/core/routes.ts';

describe('the route table', () => {
  it('builds each page path from its entry', () => {
    expect(routes.home()).toBe('/');
    expect(routes.sop('refunds')).toBe('/sops/refunds/');
    expect(routes.macro('refund-approved')).toBe('/macros/refund-approved/');
    expect(routes.tag('vip')).toBe('/tags/vip/');
    expect(routes.reviews()).toBe('/reviews/');
    expect(withBase('/playbook/', routes.escalations())).toBe('/playbook/escalations/');
  });

  it('matches every route it builds back to its name and id', () => {
    for (const [name, entry] of Object.entries(routeTable)) {
      if ('preview' in entry) continue;
      const path = entry.path.replace('<id>', 'some-id').replace('<n>', '2');
      expect(matchRoute(path), path).toEqual('id' in entry ? { name, id: { kind: entry.id, value: 'some-id' } } : { name });
    }
  });

  it('knows the later pages of long listings: categories, owners and the macro registry', () => {
    expect(routes.categoryPage('billing', 2)).toBe('/categories/billing/2/');
    expect(routes.ownerPage('billing-ops', 12)).toBe('/owners/billing-ops/12/');
    expect(routes.macrosPage(3)).toBe('/macros/page/3/');
    expect(matchRoute('/categories/billing/2/')).toEqual({ name: 'categoryPage', id: { kind: 'category', value: 'billing' } });
    expect(matchRoute('/owners/billing-ops/12')).toEqual({ name: 'ownerPage', id: { kind: 'owner', value: 'billing-ops' } });
    expect(matchRoute('/macros/page/75/')).toEqual({ name: 'macrosPage' });
    expect(matchRoute('/macros/registry.json')).toEqual({ name: 'macroIndex' });
    // Page 1 is the listing's own address; a macro may be called `page`.
    expect(matchRoute('/categories/billing/1/')).toBeUndefined();
    expect(matchRoute('/macros/page/1/')).toBeUndefined();
    expect(matchRoute('/macros/page/02/')).toBeUndefined();
    expect(matchRoute('/macros/page/')).toEqual({ name: 'macro', id: { kind: 'macro', value: 'page' } });
  });

  it('matches paths without their trailing slash and everything under a prefix route', () => {
    expect(matchRoute('/sops/refunds')).toEqual({ name: 'sop', id: { kind: 'sop', value: 'refunds' } });
    expect(matchRoute('/reviews')).toEqual({ name: 'reviews' });
    expect(matchRoute('/pagefind/pagefind.js')).toEqual({ name: 'search' });
  });

  it('matches no page for unknown paths, extra segments or files', () => {
    expect(matchRoute('/team/')).toBeUndefined();
    expect(matchRoute('/sops/')).toBeUndefined();
    expect(matchRoute('/sops/refunds/extra/')).toBeUndefined();
    expect(matchRoute('/sops/refunds.png')).toBeUndefined();
    expect(matchRoute('/pagefindx')).toBeUndefined();
  });

  it('builds the preview-only /drafts/ page but matches no page for links to it: the published playbook has none', () => {
    expect(routes.drafts()).toBe('/drafts/');
    expect(matchRoute('/drafts/')).toBeUndefined();
  });

  it('lists the pages broken-link suggests', () => {
    expect(suggestedRoutes).toEqual(['/sops/<id>/', '/macros/<id>/', '/owners/<id>/', '/categories/<id>/', '/reviews/', '/escalations/']);
  });
});

describe('the link classifier', () => {
  it('tells external, anchor, route, file and outside links apart', () => {
    expect(linkTarget('https://example.com', 'content/sops/a.mdx')).toEqual({ kind: 'ignored' });
    expect(linkTarget('{{help_center.url}}/x', 'content/sops/a.mdx')).toEqual({ kind: 'ignored' });
    expect(linkTarget('#steps', 'content/sops/a.mdx')).toEqual({ kind: 'anchor', anchor: 'steps' });
    expect(linkTarget('/sops/b/#x', 'content/sops/a.mdx')).toEqual({ kind: 'route', path: '/sops/b/', anchor: 'x' });
    expect(linkTarget('../macros/m.md', 'content/sops/a.mdx')).toEqual({ kind: 'file', path: 'content/macros/m.md', anchor: '' });
    expect(linkTarget('../../../x.md', 'content/sops/a.mdx')).toEqual({ kind: 'outside', path: '../../../x.md' });
  });

  it('knows the page of a content file', () => {
    expect(contentFileRoute('content/sops/refunds.mdx')).toBe('/sops/refunds/');
    expect(contentFileRoute('content/macros/refund-approved.md')).toBe('/macros/refund-approved/');
    expect(contentFileRoute('content/other/refunds.mdx')).toBeUndefined();
  });
});
