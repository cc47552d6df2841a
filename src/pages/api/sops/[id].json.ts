/// <reference types="astro/client" />
// /api/sops/<id>.json: the structured SOP, for each SOP AI agents may use.
import type { APIRoute, GetStaticPaths } from 'astro';
import { aiPaths } from '../../../core/ai/links.ts';
import { aiFileIds, aiFileResponse } from '../../../site/ai-outputs.ts';
import { getSite } from '../../../site/site-data.ts';
import { pageKeys } from '../../../site/page-keys.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite(import.meta.env.BASE_URL, import.meta.env.DEV);
  return aiFileIds(
    site,
    import.meta.env.SITE,
    aiPaths.apiSop,
    site.catalog.sops.map((sop) => ({ id: sop.id, cacheKey: pageKeys(site).sop(sop) })),
  );
};

export const GET: APIRoute = async ({ params }) =>
  aiFileResponse(await getSite(import.meta.env.BASE_URL, import.meta.env.DEV), import.meta.env.SITE, aiPaths.apiSop(params.id!));
