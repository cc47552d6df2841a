/// <reference types="astro/client" />
// The macro registry's index, for its filter once the registry spans pages (src/site/client/registry-index.ts).
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { macroIndexOf } from '../../site/macro-index.ts';

export const GET: APIRoute = async () => {
  const site = await getSite(import.meta.env.BASE_URL, import.meta.env.DEV);
  return new Response(JSON.stringify(macroIndexOf(site.macroRegistry, site.catalog)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
