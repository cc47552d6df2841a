// `content/playbook.yaml`: the team's policy (taxonomy, channels, tiers, review defaults, rule severities).
import { z } from './zod.ts';
import { idSchema, nonEmptyStringSchema } from './primitives.ts';
import { reviewCycleSchema } from './duration.ts';
import { playbookAiPolicySchema } from './ai.ts';

const ruleSeveritySchema = z.enum(['off', 'warning', 'error']);
export type RuleSeveritySetting = z.infer<typeof ruleSeveritySchema>;

const categorySchema = z.strictObject({
  id: idSchema,
  name: nonEmptyStringSchema,
  description: z.string().optional(),
  tags: z.array(idSchema).optional(),
});

const tierSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyStringSchema,
  description: z.string().optional(),
});

const isValidTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Extension: search vocabulary. Synonym groups extend the shipped support thesaurus (or replace it). */
const searchSettingsSchema = z.strictObject({
  /** Groups of words that mean the same to this team's customers, e.g. `[[pto, paid time off, leave]]`. */
  synonyms: z.array(z.array(nonEmptyStringSchema).min(2, { error: 'a synonym group needs at least two terms' })).default([]),
  /** False to search with this playbook's groups only, without the thesaurus sop-playbook ships. */
  defaultSynonyms: z.boolean().default(true),
});

const defaultChannels = ['email', 'chat', 'phone', 'social', 'in-app'];

export const playbookConfigSchema = z.strictObject({
  title: nonEmptyStringSchema,
  description: z.string().optional(),
  timezone: z.string().refine(isValidTimeZone, { error: 'must be an IANA time zone such as `America/New_York`' }).default('UTC'),
  reviewEvery: reviewCycleSchema.default('90d'),
  dueSoonDays: z.int().min(0).max(365).default(14),
  categories: z.array(categorySchema).default([]),
  channels: z.array(idSchema).default(defaultChannels),
  tiers: z.array(tierSchema).default([
    { id: 'l1', name: 'Tier 1' },
    { id: 'l2', name: 'Tier 2' },
    { id: 'eng', name: 'Engineering' },
  ]),
  macros: z.strictObject({ archiveBelow: z.number().min(0).default(5) }).default({ archiveBelow: 5 }),
  rules: z.record(z.string(), ruleSeveritySchema).default({}),
  /** Extension: the longest an SOP may be before `sop-too-long` fires, in words (about two printed pages). */
  maxWords: z.int().positive().default(1200),
  /** Extension: the most steps an escalation path may have before `escalation-too-long` warns. */
  maxEscalationSteps: z.int().positive().default(8),
  /** Extension: link to each SOP's source, `{path}` replaced by the file path, e.g. `https://github.com/acme/playbook/edit/main/{path}`. */
  editUrl: z
    .string()
    // Published as a link on every SOP page: never `javascript:`, `data:` or another site's scheme-relative `//host`,
    // which browsers also read in `/\\host` and `/<tab>/host` (they take `\\` for `/` and drop tabs and line breaks).
    .regex(/^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|\/(?!\/))[^\\\t\n\r]*$/, {
      error:
        'must be a web address (`https://github.com/acme/playbook/edit/main/{path}`) or a path from the site root (`/…`), ' +
        'with no backslash, tab or line break',
    })
    .optional(),
  /** The AI policy of SOPs that set none (`use` default `assist`), and actions no AI may take anywhere. */
  ai: playbookAiPolicySchema.default({ use: 'assist', forbidden: [] }),
  search: searchSettingsSchema.default({ synonyms: [], defaultSynonyms: true }),
});

export type PlaybookConfig = z.infer<typeof playbookConfigSchema>;
export type PlaybookConfigInput = z.input<typeof playbookConfigSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Tier = z.infer<typeof tierSchema>;
export type SearchSettings = z.infer<typeof searchSettingsSchema>;
