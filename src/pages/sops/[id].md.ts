/// <reference types="astro/client" />
// /sops/<id>.md: the Markdown twin of each SOP AI agents may use (none for never, draft or retired SOPs).
import type { APIRoute, GetStaticPaths } from 'astro';
import { aiPaths } from '../../core/ai/links.ts';
import { aiFileIds, aiFileResponse } from '../../site/ai-outputs.ts';
import { getSite } from '../../site/site-data.ts';
import { pageKeys } from '../../site/page-keys.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite(import.meta.env.BASE_URL, import.meta.env.DEV);
  return aiFileIds(
    site,
    import.meta.env.SITE,
    aiPaths.sopMarkdown,
    site.catalog.sops.map((sop) => ({ id: sop.id, cacheKey: pageKeys(site).sop(sop) })),
  );
};

export const GET: APIRoute = async ({ params }) =>
  aiFileResponse(await getSite(import.meta.env.BASE_URL, import.meta.env.DEV), import.meta.env.SITE, aiPaths.sopMarkdown(params.id!));
