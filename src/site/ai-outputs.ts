// The site's AI outputs (llms files, Markdown twins, JSON API), built once per loaded site by the pure core.
import { aiPolicyOf, isSopForAi } from '../core/ai/policy.ts';
import { aiPaths, publishedLinks } from '../core/ai/links.ts';
import { aiPublication, type AiPublication } from '../core/ai/outputs.ts';
import type { CatalogSop } from '../core/catalog.ts';
import type { Site } from './site-data.ts';
import { withBase } from '../core/routes.ts';
import { aiViewCache } from './ai-view-cache.ts';

const publications = new WeakMap<Site, AiPublication>();

function aiOutputs(site: Site, siteUrl: string | undefined): AiPublication {
  let publication = publications.get(site);
  if (!publication) {
    const cache = aiViewCache(site, siteUrl);
    publication = aiPublication(site.catalog, {
      config: site.playbook.config.data,
      links: publishedLinks(site.base, siteUrl),
      memo: cache.memo,
    });
    cache.save();
    publications.set(site, publication);
  }
  return publication;
}

/** The SOP page's `<link rel="alternate" type="text/markdown">` target, or undefined when AI agents may not see it. */
export function sopTwinHref(site: Site, sop: CatalogSop): string | undefined {
  const policy = aiPolicyOf(sop.data, site.playbook.config.data.ai);
  return isSopForAi(sop.data, policy) ? withBase(site.base, aiPaths.sopMarkdown(sop.id)) : undefined;
}

const contentTypes: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * One AI output as an endpoint's response; 404 for a path the publication does not hold. A build renders each endpoint
 * once, so the file then leaves the publication (`llms-full.txt` alone is about 80 MB at 10,000 SOPs).
 */
export function aiFileResponse(site: Site, siteUrl: string | undefined, sitePath: string): Response {
  const files = aiOutputs(site, siteUrl).files;
  const text = files.get(sitePath);
  if (text === undefined) return new Response('Not found', { status: 404 });
  if (site.rendersOnce) files.delete(sitePath);
  return new Response(text, {
    headers: { 'Content-Type': contentTypes[sitePath.slice(sitePath.lastIndexOf('.') + 1)] ?? 'text/plain; charset=utf-8' },
  });
}

/**
 * The `id` params of the published files whose paths `pathOf(id)` gives, for an endpoint's getStaticPaths, each with the
 * incremental build's key of its document (src/site/page-keys.ts). None in `sop build`: there the files go to the
 * integration, which writes them all at once, as soon as they are handed back; an Astro endpoint per file cost more than
 * half the build.
 */
export function aiFileIds(
  site: Site,
  siteUrl: string | undefined,
  pathOf: (id: string) => string,
  documents: ReadonlyArray<{ id: string; cacheKey: string }>,
): Array<{ params: { id: string }; cacheKey: string }> {
  const files = aiOutputs(site, siteUrl).files;
  const published = documents.filter(({ id }) => files.has(pathOf(id)));
  if (site.handBack(published.map(({ id }) => [pathOf(id), files.get(pathOf(id))!] as const))) {
    // Written: no endpoint of this route renders them now, and the publication lasts as long as the site.
    for (const { id } of published) files.delete(pathOf(id));
    return [];
  }
  return published.map(({ id, cacheKey }) => ({ params: { id }, cacheKey }));
}
