/// <reference types="astro/client" />
// /macros/<id>.md: the reply of each macro AI agents may use, as Markdown.
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
    aiPaths.macroMarkdown,
    site.catalog.macros.map((macro) => ({ id: macro.id, cacheKey: pageKeys(site).macro(macro) })),
  );
};

export const GET: APIRoute = async ({ params }) =>
  aiFileResponse(await getSite(import.meta.env.BASE_URL, import.meta.env.DEV), import.meta.env.SITE, aiPaths.macroMarkdown(params.id!));
