// Everything published for AI agents, by site path, from one catalog: the site's endpoints and tests read this.
import { apiJsonSchema } from '../../../schemas/api.ts';
import type { PlaybookConfig } from '../../../schemas/index.ts';
import type { Catalog, CatalogMacro } from '../catalog.ts';
import { replyPreview, replyText } from '../macros/reply.ts';
import { apiPlaybook, apiSop, jsonText } from './api.ts';
import { aiPaths, type AiLinks } from './links.ts';
import { llmsFullTxt, llmsTxt } from './llms-txt.ts';
import type { JsxHandler } from './markdown.ts';
import { isMacroForAi } from './policy.ts';
import { aiSopViews, type AiSop, type AiViewMemo } from './sop-view.ts';
import { macroTwin, sopTwin } from './twin.ts';

export interface AiPublication {
  /** Every SOP in the catalog as AI outputs see it (excluded ones carry no content). */
  sops: AiSop[];
  /** Site path (`/llms.txt`, `/sops/<id>.md`, `/api/sops/<id>.json` …) to the file's text. */
  files: Map<string, string>;
}

export interface AiPublicationOptions {
  config: Pick<PlaybookConfig, 'ai' | 'description'>;
  links: AiLinks;
  jsxHandlers?: Readonly<Record<string, JsxHandler>>;
  memo?: AiViewMemo | undefined;
}

const replyPreviewOf = (macro: CatalogMacro) => replyPreview(macro.document.tree, 120);

export function aiPublication(catalog: Catalog, options: AiPublicationOptions): AiPublication {
  const { links } = options;
  const { all, forAi } = aiSopViews(catalog, {
    links,
    defaults: options.config.ai,
    ...(options.jsxHandlers ? { jsxHandlers: options.jsxHandlers } : {}),
    memo: options.memo,
  });
  const files = new Map<string, string>();
  // A macro that only SOPs kept from AI use is part of those procedures: it is kept from AI with them.
  const sopsForAi = new Set(forAi.map((sop) => sop.id));
  const macros = catalog.macros.filter(
    (macro) => isMacroForAi(macro.data) && (macro.usedBy.length === 0 || macro.usedBy.some((id) => sopsForAi.has(id))),
  );
  const llms = {
    title: catalog.title,
    description: options.config.description,
    categories: catalog.categories,
    sops: forAi,
    macros,
    links,
    replyPreview: (macro: CatalogMacro) => options.memo?.replyPreview?.(macro, replyPreviewOf) ?? replyPreviewOf(macro),
  };
  files.set(aiPaths.llmsTxt(), llmsTxt(llms));
  files.set(aiPaths.llmsFullTxt(), llmsFullTxt(llms));
  for (const sop of forAi) {
    files.set(aiPaths.sopMarkdown(sop.id), sopTwin(sop));
    files.set(aiPaths.apiSop(sop.id), jsonText(apiSop(sop)));
  }
  // Each macro's SOPs in catalog order, looked up by id: filtering every SOP for every macro was 150 million tests at
  // 10,000 SOPs and 15,000 macros, most of the time the AI outputs took.
  const placeOfSop = new Map(forAi.map((sop, place) => [sop.id, place]));
  for (const macro of macros) {
    const places = [...new Set(macro.usedBy.map((id) => placeOfSop.get(id)).filter((place) => place !== undefined))];
    const usedBy = places.sort((a, b) => a - b).map((place) => ({ title: forAi[place]!.title, markdown: forAi[place]!.urls.markdown }));
    files.set(
      aiPaths.macroMarkdown(macro.id),
      macroTwin({
        id: macro.id,
        title: macro.data.title,
        owner: macro.owner?.name ?? macro.data.owner,
        reviewed: macro.review.reviewed,
        nextReview: macro.review.nextReview,
        usedBy,
        reply: replyText(macro.document),
        page: links.url(aiPaths.macroPage(macro.id)),
      }),
    );
  }
  files.set(aiPaths.apiPlaybook(), jsonText(apiPlaybook(catalog, all, links, new Set(macros.map((macro) => macro.id)))));
  files.set(aiPaths.apiSchema(), jsonText(apiJsonSchema()));
  return { sops: all, files };
}
