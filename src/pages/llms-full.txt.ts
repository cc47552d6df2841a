/// <reference types="astro/client" />
// /llms-full.txt: every SOP AI agents may use, in full.
import type { APIRoute } from 'astro';
import { aiPaths } from '../core/ai/links.ts';
import { aiFileResponse } from '../site/ai-outputs.ts';
import { getSite } from '../site/site-data.ts';

export const GET: APIRoute = async () =>
  aiFileResponse(await getSite(import.meta.env.BASE_URL, import.meta.env.DEV), import.meta.env.SITE, aiPaths.llmsFullTxt());
