/// <reference types="astro/client" />
// The AI outputs as static files: /llms.txt, /llms-full.txt, /sops/<id>.md, /macros/<id>.md, /api/… .json.
// One endpoint for them all: the core renders every file from the catalog; pages carry none of it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { aiOutputs } from '../site/ai-outputs.ts';
import { getSite } from '../site/site-data.ts';

const contentTypes: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite(import.meta.env.BASE_URL, import.meta.env.DEV);
  return [...aiOutputs(site, import.meta.env.SITE).files.keys()].map((sitePath) => ({ params: { aiFile: sitePath.slice(1) } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite(import.meta.env.BASE_URL, import.meta.env.DEV);
  const sitePath = `/${params.aiFile ?? ''}`;
  const text = aiOutputs(site, import.meta.env.SITE).files.get(sitePath);
  if (text === undefined) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': contentTypes[sitePath.slice(sitePath.lastIndexOf('.') + 1)] ?? 'text/plain; charset=utf-8' } });
};
