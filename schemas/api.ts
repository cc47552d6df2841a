// The playbook as data (`/api/playbook.json`, `/api/sops/<id>.json`): zod types from which `/api/schema.json` is generated.
import { z } from './zod.ts';
import { aiUseSchema } from './ai.ts';

const reviewStateSchema = z.strictObject({
  reviewed: z.string(),
  nextReview: z.string(),
  state: z.enum(['overdue', 'due-soon', 'current', 'exempt']),
  /** Days from the build's today to the next review; negative when overdue. */
  daysLeft: z.int(),
});

const apiAiPolicySchema = z.strictObject({
  use: aiUseSchema,
  whenToUse: z.string().optional(),
  notWhen: z.array(z.string()),
  forbidden: z.array(z.string()),
  handoff: z.string().optional(),
  tools: z.array(z.string()),
});

const apiOwnerSchema = z.strictObject({ id: z.string(), name: z.string() });

/** An SOP in the playbook listing; one kept from AI (`never`, retired) carries its policy and no content links. */
const apiSopEntrySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  summary: z.string().optional(),
  /** `draft` only in a `--drafts` preview. */
  status: z.enum(['draft', 'shadow', 'active', 'retired']),
  category: z.string(),
  owner: apiOwnerSchema,
  version: z.string(),
  review: reviewStateSchema,
  ai: apiAiPolicySchema,
  /** Why AI agents must not use it; absent when they may. */
  excludedFromAi: z.enum(['never', 'draft', 'retired']).optional(),
  urls: z.strictObject({ page: z.string(), markdown: z.string().optional(), json: z.string().optional() }),
});

const apiMacroEntrySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: z.enum(['active', 'draft', 'archived']),
  category: z.string(),
  owner: apiOwnerSchema,
  review: reviewStateSchema,
  /** Ids of the listed SOPs that use it. */
  usedBy: z.array(z.string()),
  urls: z.strictObject({ page: z.string(), markdown: z.string().optional() }),
});

const apiPlaybookSchema = z.strictObject({
  kind: z.literal('playbook'),
  title: z.string(),
  /** The date review states were reckoned on. */
  today: z.string(),
  sops: z.array(apiSopEntrySchema),
  macros: z.array(apiMacroEntrySchema),
});

const edgeCaseSchema = z.union([z.strictObject({ situation: z.string(), action: z.string() }), z.strictObject({ text: z.string() })]);

const apiSopSchema = z.strictObject({
  kind: z.literal('sop'),
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.enum(['shadow', 'active']),
  version: z.string(),
  category: z.strictObject({ id: z.string(), name: z.string() }),
  owner: apiOwnerSchema.extend({ contact: z.string().optional() }),
  coOwners: z.array(apiOwnerSchema),
  channels: z.array(z.string()),
  tags: z.array(z.string()),
  review: reviewStateSchema,
  ai: apiAiPolicySchema,
  scope: z.strictObject({ appliesTo: z.string(), excludes: z.string().optional() }),
  sla: z.array(
    z.strictObject({
      priority: z.string(),
      firstResponse: z.string(),
      update: z.string().optional(),
      resolve: z.string().optional(),
      described: z.string(),
    }),
  ),
  escalation: z.array(
    z.strictObject({
      tier: z.string(),
      tierName: z.string(),
      owner: z.string(),
      ownerName: z.string(),
      handles: z.string().optional(),
      when: z.string().optional(),
      within: z.string().optional(),
      contact: z.string().optional(),
    }),
  ),
  /** Steps as Markdown, in order. */
  steps: z.array(z.string()),
  /** Situation and action where the list has that shape, else the item's text. */
  edgeCases: z.array(edgeCaseSchema),
  macros: z.array(z.strictObject({ id: z.string(), title: z.string(), reply: z.string() })),
  /** The whole body as Markdown, as in the twin. */
  body: z.string(),
  urls: z.strictObject({ page: z.string(), markdown: z.string(), json: z.string() }),
});

/** Every document under `/api/`, told apart by `kind`. */
const apiDocumentSchema = z.discriminatedUnion('kind', [apiPlaybookSchema, apiSopSchema]);

export type ApiPlaybook = z.infer<typeof apiPlaybookSchema>;
export type ApiSop = z.infer<typeof apiSopSchema>;
export type ApiSopEntry = z.infer<typeof apiSopEntrySchema>;

/** `/api/schema.json`: JSON Schema (2020-12) for every `/api/` document. */
export function apiJsonSchema(): object {
  return {
    ...z.toJSONSchema(apiDocumentSchema, { io: 'output', target: 'draft-2020-12' }),
    title: 'sop-playbook API documents (/api/playbook.json, /api/sops/<id>.json)',
  };
}
