// One SOP as AI outputs read it, derived once from the catalog: facts, policy, steps, edge cases, escalation, macros.
import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describeDuration } from '../../../schemas/duration.ts';
import type { PlaybookAiPolicy, Sla } from '../../../schemas/index.ts';
import type { Catalog, CatalogMacro, CatalogSop } from '../catalog.ts';
import { replyText } from '../macros/reply.ts';
import { findSection, sectionsOf } from '../markdown/sections.ts';
import type { ReviewStatus } from '../review.ts';
import { aiExclusionReason, aiPolicyOf, isMacroForAi, type AiPolicy } from './policy.ts';
import { componentHandlers } from './components.ts';
import { aiPaths, type AiLinks } from './links.ts';
import { bodyMarkdown, fragmentMarkdown, sourceOf, type BodyMarkdownOptions, type JsxHandler } from './markdown.ts';

export interface AiReview {
  reviewed: string;
  nextReview: string;
  state: ReviewStatus;
  daysLeft: number;
}

interface AiEscalationStep {
  tier: string;
  tierName: string;
  owner: string;
  ownerName: string;
  handles: string | undefined;
  /** What sends the case to the next step; undefined on the last. */
  when: string | undefined;
  within: string | undefined;
  contact: string | undefined;
}

export type AiEdgeCase = { situation: string; action: string } | { text: string };

interface AiMacro {
  id: string;
  title: string;
  reply: string;
}

export interface AiSop {
  id: string;
  title: string;
  summary: string;
  status: string;
  version: string;
  owner: { id: string; name: string; contact: string | undefined };
  coOwners: Array<{ id: string; name: string }>;
  category: { id: string; name: string };
  channels: string[];
  tags: string[];
  review: AiReview;
  policy: AiPolicy;
  /** Why AI outputs leave it out; undefined for an SOP they carry. */
  excluded: 'never' | 'draft' | 'retired' | undefined;
  scope: { appliesTo: string; excludes: string | undefined };
  sla: Array<Sla & { described: string }>;
  escalation: AiEscalationStep[];
  handoffName: string | undefined;
  steps: string[];
  edgeCases: AiEdgeCase[];
  /** The whole body as Markdown (headings from `##`). */
  body: string;
  macros: AiMacro[];
  urls: { page: string; markdown: string; json: string };
}

export interface AiViewOptions {
  links: AiLinks;
  defaults: PlaybookAiPolicy;
  /** Override or add component handlers (the contract's components have defaults in components.ts). */
  jsxHandlers?: Readonly<Record<string, JsxHandler>>;
  /** Views kept from an earlier run (a rebuild's cache): an SOP it knows is not parsed again. */
  memo?: AiViewMemo | undefined;
}

/** Views of SOPs whose view cannot have changed since they were kept; the caller decides when that holds. */
export interface AiViewMemo {
  /** The SOP's view, kept, else made (which parses the SOP). */
  view(sop: CatalogSop, make: () => AiSop): AiSop;
  /** A macro's one-line preview for llms.txt, kept, else made (which parses the macro). */
  replyPreview?(macro: CatalogMacro, make: (macro: CatalogMacro) => string): string;
}

function describeSla(line: Sla): string {
  const parts = [`first response within ${describeDuration(line.firstResponse)}`];
  if (line.update) parts.push(`updates every ${describeDuration(line.update)}`);
  if (line.resolve) parts.push(`resolve within ${describeDuration(line.resolve)}`);
  return parts.join(', ');
}

const separator = /^\s*(?:—|–|-|:)\s*/;

/** `**Situation** — action`, `**Situation**: action` or `Situation: action` read as a pair; anything else as text. */
function edgeCaseOf(item: ListItem, markdown: BodyMarkdownOptions): AiEdgeCase {
  const [first, ...rest] = item.children;
  const text = fragmentMarkdown(item.children, markdown);
  if (first?.type === 'paragraph' && first.children[0]?.type === 'strong') {
    const [strong, ...after] = first.children;
    // The separator (`—`, `:`) sits at the start of the text after the bold situation.
    const written = sourceOf([...after, ...rest], markdown);
    const lead = after[0];
    if (written === undefined && lead?.type === 'text') after[0] = { ...lead, value: lead.value.replace(separator, '') };
    let action = (
      written?.replace(separator, '') ?? fragmentMarkdown([{ type: 'paragraph', children: after }, ...rest] as RootContent[], markdown)
    ).trim();
    let situation = toString(strong)
      .replace(/[:.]\s*$/, '')
      .trim();
    // `**Situation** (a qualifier) — action`: the qualifier belongs to the situation.
    const qualified = /^\(([^()]*)\)\s*(?:—|–|-|:)\s*([\s\S]*)$/.exec(action);
    if (qualified) {
      situation = `${situation} (${qualified[1]!.trim()})`;
      action = qualified[2]!.trim();
    }
    if (situation !== '' && action !== '') return { situation, action };
  }
  const pair = /^([^:\n]{3,160}):\s+([\s\S]+)$/.exec(toString(item).trim());
  if (pair && rest.length === 0) return { situation: pair[1]!.trim(), action: pair[2]!.trim() };
  return { text };
}

function edgeCasesOf(content: RootContent[], markdown: BodyMarkdownOptions): AiEdgeCase[] {
  const cases: AiEdgeCase[] = [];
  for (const node of content) {
    if (node.type === 'list') cases.push(...node.children.map((item) => edgeCaseOf(item, markdown)));
    else if (node.type === 'table' && node.children[0]?.children.length === 2) {
      for (const row of node.children.slice(1)) {
        const [situation, action] = row.children.map((cell) =>
          fragmentMarkdown([{ type: 'paragraph', children: cell.children }], markdown),
        );
        if (situation && action) cases.push({ situation, action });
      }
    } else if (node.type !== 'heading' && node.type !== 'html' && toString(node).trim() !== '') {
      const text = fragmentMarkdown([node], markdown);
      if (text !== '') cases.push({ text });
    }
  }
  return cases;
}

function stepsOf(content: RootContent[], markdown: BodyMarkdownOptions): string[] {
  const list = content.find((node): node is List => node.type === 'list' && node.ordered === true);
  return list ? list.children.map((item) => fragmentMarkdown(item.children, markdown)) : [];
}

function aiSopView(sop: CatalogSop, catalog: Catalog, options: AiViewOptions): AiSop {
  const { data } = sop;
  const policy = aiPolicyOf(data, options.defaults);
  const excluded = aiExclusionReason(data, policy);
  const ownerName = (id: string) => catalog.owners.get(id)?.name ?? id;
  const tierName = (id: string) => catalog.tiers.find((tier) => tier.id === id)?.name;
  const resolveLink = (url: string) => options.links.resolveBodyLink(url, 'sop');
  const components = componentHandlers({
    resolveLink,
    macroReply: (id) => {
      const macro = catalog.macrosById.get(id);
      return macro && isMacroForAi(macro.data) ? { title: macro.data.title, reply: replyText(macro.document) } : undefined;
    },
    channelName: (id) => id.charAt(0).toUpperCase() + id.slice(1),
  });
  const markdown: BodyMarkdownOptions = {
    resolveLink,
    title: data.title,
    source: sop.document.file.text,
    jsxHandlers: { ...components, ...options.jsxHandlers },
  };
  // An SOP kept from AI carries no content at all, so no output can leak it by mistake.
  const tree = excluded ? { type: 'root' as const, children: [] } : sop.document.tree;
  const sections = sectionsOf(tree);
  const stepsSection = findSection(tree, 'steps', sections);
  const edgeSection = findSection(tree, 'edgeCases', sections);
  const macros = (excluded ? [] : (data.macros ?? [])).flatMap((id): AiMacro[] => {
    const macro = catalog.macrosById.get(id);
    return macro && isMacroForAi(macro.data) ? [{ id, title: macro.data.title, reply: replyText(macro.document) }] : [];
  });
  return {
    id: sop.id,
    title: data.title,
    summary: data.summary,
    status: data.status,
    version: data.version,
    owner: { id: data.owner, name: ownerName(data.owner), contact: sop.owner?.contact },
    coOwners: (data.coOwners ?? []).map((id) => ({ id, name: ownerName(id) })),
    category: { id: data.category, name: sop.category?.name ?? data.category },
    channels: [...(data.channels ?? [])],
    tags: [...(data.tags ?? [])],
    review: { reviewed: sop.review.reviewed, nextReview: sop.review.nextReview, state: sop.review.status, daysLeft: sop.review.daysLeft },
    policy,
    excluded,
    scope: { appliesTo: data.scope.appliesTo, excludes: data.scope.excludes },
    sla: (data.sla ?? []).map((line) => ({ ...line, described: describeSla(line) })),
    escalation: (data.escalation ?? []).map((step) => ({
      tier: step.tier,
      tierName: tierName(step.tier) ?? step.tier,
      owner: step.owner,
      ownerName: ownerName(step.owner),
      handles: step.handles,
      when: step.when,
      within: step.within,
      contact: step.contact ?? catalog.owners.get(step.owner)?.contact,
    })),
    handoffName: policy.handoff ? (tierName(policy.handoff) ?? ownerName(policy.handoff)) : undefined,
    steps: stepsSection ? stepsOf(stepsSection.content, markdown) : [],
    edgeCases: edgeSection ? edgeCasesOf(edgeSection.content, markdown) : [],
    body: bodyMarkdown(tree, markdown),
    macros,
    urls: {
      page: options.links.url(aiPaths.sopPage(sop.id)),
      markdown: options.links.url(aiPaths.sopMarkdown(sop.id)),
      json: options.links.url(aiPaths.apiSop(sop.id)),
    },
  };
}

/** Every published SOP as AI outputs see it, in catalog order; `forAi` holds only those they may carry. */
export function aiSopViews(catalog: Catalog, options: AiViewOptions): { all: AiSop[]; forAi: AiSop[] } {
  const make = (sop: CatalogSop) => () => aiSopView(sop, catalog, options);
  const all = catalog.sops.map((sop) => (options.memo ? options.memo.view(sop, make(sop)) : make(sop)()));
  return { all, forAi: all.filter((sop) => sop.excluded === undefined) };
}
