// /changes.xml: the Atom feed of playbook changes, for managers' feed readers and chat integrations.
import type { APIRoute } from 'astro';
import { changesFeed } from '../core/changes/atom.ts';
import { getSite } from '../site/site-data.ts';
import { changesInFeed, documentPath, siteUrl } from '../site/changes.ts';
import { routes } from '../core/routes.ts';

export const GET: APIRoute = async (context) => {
  const base = import.meta.env.BASE_URL;
  const site = await getSite(base, import.meta.env.DEV);
  const xml = changesFeed({
    title: site.catalog.title,
    feedUrl: context.site ? siteUrl(base, context.site, routes.changesFeed()) : undefined,
    pageUrl: siteUrl(base, context.site, routes.changes()),
    documentUrl: (change) => siteUrl(base, context.site, documentPath(change)),
    feedKey: `${site.catalog.title}\u0000${base}`,
    changes: site.changes(changesInFeed),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
