// Macro frontmatter (`content/macros/<id>.md`): a canned reply with an owner, a review date and its usage.
import { z } from './zod.ts';
import { idSchema, isoDateSchema, nonEmptyStringSchema } from './primitives.ts';
import { reviewCycleSchema } from './duration.ts';

const macroStatusSchema = z.enum(['active', 'draft', 'archived']);
export type MacroStatus = z.infer<typeof macroStatusSchema>;

/** Usage as counted by hand (`count` since a date) or as imported from help-desk counters. */
export const macroUsageSchema = z.strictObject({
  count: z.int().min(0).optional(),
  since: isoDateSchema.optional(),
  usage_1h: z.int().min(0).optional(),
  usage_24h: z.int().min(0).optional(),
  usage_7d: z.int().min(0).optional(),
  usage_30d: z.int().min(0).optional(),
});

const macroSourceSchema = z.looseObject({
  system: nonEmptyStringSchema,
  id: z.union([z.int(), z.string()]),
});

export const macroFrontmatterSchema = z.strictObject({
  title: nonEmptyStringSchema,
  owner: idSchema,
  reviewed: isoDateSchema,
  reviewEvery: reviewCycleSchema.optional(),
  status: macroStatusSchema,
  category: idSchema,
  tags: z.array(idSchema).optional(),
  channels: z.array(idSchema).optional(),
  usage: macroUsageSchema.optional(),
  source: macroSourceSchema.optional(),
  /** Help-desk actions other than the reply (set tags, status, group…), kept for export. */
  actions: z.array(z.strictObject({ field: z.string(), value: z.unknown() })).optional(),
  /** Who may use the macro in the help desk (Zendesk: `{ type: Group, ids: [...] }` or `{ type: User, id }`), kept for export. */
  restriction: z.looseObject({ type: nonEmptyStringSchema }).optional(),
});

export type MacroFrontmatter = z.infer<typeof macroFrontmatterSchema>;
export type MacroUsage = z.infer<typeof macroUsageSchema>;
