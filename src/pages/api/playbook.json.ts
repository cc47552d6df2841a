/// <reference types="astro/client" />
// /api/playbook.json: every published SOP and macro with review state and AI policy.
import type { APIRoute } from 'astro';
import { aiPaths } from '../../core/ai/links.ts';
import { aiFileResponse } from '../../site/ai-outputs.ts';
import { getSite } from '../../site/site-data.ts';

export const GET: APIRoute = async () =>
  aiFileResponse(await getSite(import.meta.env.BASE_URL, import.meta.env.DEV), import.meta.env.SITE, aiPaths.apiPlaybook());
