// The JSON API documents, shaped by schemas/api.ts: the playbook listing and one structured document per SOP.
import type { ApiPlaybook, ApiSop, ApiSopEntry } from '../../../schemas/api.ts';
import type { Catalog } from '../catalog.ts';
import { formatPlainDate } from '../dates.ts';
import type { ReviewState } from '../review.ts';
import { aiPaths, type AiLinks } from './links.ts';
import type { AiPolicy } from './policy.ts';
import type { AiReview, AiSop } from './sop-view.ts';

function review(state: ReviewState | AiReview): ApiSop['review'] {
  return {
    reviewed: state.reviewed,
    nextReview: state.nextReview,
    state: 'state' in state ? state.state : state.status,
    daysLeft: state.daysLeft,
  };
}

function policy(ai: AiPolicy): ApiSop['ai'] {
  return { use: ai.use, whenToUse: ai.whenToUse, notWhen: ai.notWhen, forbidden: ai.forbidden, handoff: ai.handoff, tools: ai.tools };
}

function sopEntry(sop: AiSop): ApiSopEntry {
  const base = {
    id: sop.id,
    title: sop.title,
    status: sop.status as ApiSopEntry['status'],
    category: sop.category.id,
    owner: { id: sop.owner.id, name: sop.owner.name },
    version: sop.version,
    review: review(sop.review),
    ai: policy(sop.policy),
  };
  // Kept from AI: listed so that tools see the policy, with no summary and no link to content.
  if (sop.excluded) return { ...base, excludedFromAi: sop.excluded, urls: { page: sop.urls.page } };
  return { ...base, summary: sop.summary, urls: sop.urls };
}

/** `macrosForAi`: the macros whose Markdown twin is published. */
export function apiPlaybook(catalog: Catalog, sops: readonly AiSop[], links: AiLinks, macrosForAi: ReadonlySet<string>): ApiPlaybook {
  const listed = new Set(sops.filter((sop) => sop.excluded === undefined).map((sop) => sop.id));
  return {
    kind: 'playbook',
    title: catalog.title,
    today: formatPlainDate(catalog.today),
    sops: sops.map(sopEntry),
    macros: catalog.macros.map((macro) => ({
      id: macro.id,
      title: macro.data.title,
      status: macro.data.status,
      category: macro.data.category,
      owner: { id: macro.data.owner, name: macro.owner?.name ?? macro.data.owner },
      review: review(macro.review),
      usedBy: macro.usedBy.filter((id) => listed.has(id)),
      urls: macrosForAi.has(macro.id)
        ? { page: links.url(aiPaths.macroPage(macro.id)), markdown: links.url(aiPaths.macroMarkdown(macro.id)) }
        : { page: links.url(aiPaths.macroPage(macro.id)) },
    })),
  };
}

/** The structured SOP; only for an SOP AI agents may carry (callers check `excluded`). */
export function apiSop(sop: AiSop): ApiSop {
  return {
    kind: 'sop',
    id: sop.id,
    title: sop.title,
    summary: sop.summary,
    status: sop.status as ApiSop['status'],
    version: sop.version,
    category: sop.category,
    owner: sop.owner,
    coOwners: sop.coOwners,
    channels: sop.channels,
    tags: sop.tags,
    review: review(sop.review),
    ai: policy(sop.policy),
    scope: sop.scope,
    sla: sop.sla,
    escalation: sop.escalation,
    steps: sop.steps,
    edgeCases: sop.edgeCases,
    macros: sop.macros,
    body: sop.body,
    urls: sop.urls,
  };
}

/** JSON as published: two-space indent, a final newline, undefined fields left out. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
