// SOP frontmatter (`content/sops/<id>.mdx`), exactly the fields of the contract, unknown keys rejected.
import { z } from './zod.ts';
import { idSchema, isoDateSchema, nonEmptyStringSchema, oneLineSchema, semverSchema } from './primitives.ts';
import { reviewCycleSchema, slaDurationSchema } from './duration.ts';
import { sopAiPolicySchema } from './ai.ts';

const sopStatusSchema = z.enum(['draft', 'shadow', 'active', 'retired']);
export type SopStatus = z.infer<typeof sopStatusSchema>;

const scopeSchema = z.strictObject({
  appliesTo: nonEmptyStringSchema,
  excludes: z.string().optional(),
});

const slaSchema = z.strictObject({
  priority: nonEmptyStringSchema,
  firstResponse: slaDurationSchema,
  update: slaDurationSchema.optional(),
  resolve: slaDurationSchema.optional(),
});

const escalationStepSchema = z.strictObject({
  tier: idSchema,
  owner: idSchema,
  handles: z.string().optional(),
  when: z.string().optional(),
  within: slaDurationSchema.optional(),
  contact: z.string().optional(),
});

const approvalSchema = z.strictObject({
  by: idSchema,
  on: isoDateSchema,
  note: z.string().optional(),
});

/** Where an imported SOP came from (`{ system: zendesk-guide, id, url }`), so a second import updates it instead of duplicating it. */
const sopSourceSchema = z.looseObject({
  system: nonEmptyStringSchema,
  id: z.union([z.int(), z.string()]),
  url: z.string().optional(),
});

export const sopFrontmatterSchema = z.strictObject({
  title: nonEmptyStringSchema,
  summary: oneLineSchema,
  owner: idSchema,
  coOwners: z.array(idSchema).optional(),
  version: semverSchema,
  status: sopStatusSchema,
  reviewed: isoDateSchema,
  reviewEvery: reviewCycleSchema.optional(),
  category: idSchema,
  tags: z.array(idSchema).optional(),
  channels: z.array(idSchema).optional(),
  scope: scopeSchema,
  sla: z.array(slaSchema).optional(),
  escalation: z.array(escalationStepSchema).optional(),
  macros: z.array(idSchema).optional(),
  related: z.array(idSchema).optional(),
  approvals: z.array(approvalSchema).optional(),
  /** What AI agents may do with this SOP; unset fields come from playbook.yaml `ai:`. */
  ai: sopAiPolicySchema.optional(),
  source: sopSourceSchema.optional(),
  /** Extension: what customers call this ("money back", "locked out"); searched with high weight, shown nowhere. */
  aliases: z.array(oneLineSchema).optional(),
});

export type SopFrontmatter = z.infer<typeof sopFrontmatterSchema>;
export type EscalationStep = z.infer<typeof escalationStepSchema>;
export type Sla = z.infer<typeof slaSchema>;
