// What AI agents (Fin, Zendesk AI agents, in-house bots) may do with an SOP: the `ai:` frontmatter and its playbook default.
import { z } from './zod.ts';
import { idSchema, nonEmptyStringSchema, oneLineSchema } from './primitives.ts';

/**
 * `resolve`: an AI agent may carry the procedure out with the customer; `assist`: it may draft for a rep,
 * who sends; `never`: the SOP is kept out of every AI output (llms files, twins, skills, procedure exports).
 */
export const aiUseSchema = z.enum(['resolve', 'assist', 'never']);
export type AiUse = z.infer<typeof aiUseSchema>;

export const sopAiPolicySchema = z.strictObject({
  /** Default: playbook.yaml `ai.use`. */
  use: aiUseSchema.optional(),
  /** The trigger, one line: when an agent should pick this procedure. */
  whenToUse: oneLineSchema.optional(),
  /** Situations that look like the trigger but are not. */
  notWhen: z.array(nonEmptyStringSchema).optional(),
  /** Actions an AI must never take, e.g. "promise a refund above 250 USD"; added to the playbook's list. */
  forbidden: z.array(nonEmptyStringSchema).optional(),
  /** Where an AI hands the conversation over: a tier id from playbook.yaml or a team or person id from team.yaml. */
  handoff: idSchema.optional(),
  /** Extension: tools the AI agent can use for this procedure (e.g. `Stripe`), so steps that name them need no human. */
  tools: z.array(nonEmptyStringSchema).optional(),
});
export type SopAiPolicy = z.infer<typeof sopAiPolicySchema>;

/** playbook.yaml `ai:`: the policy of every SOP that does not set its own. */
export const playbookAiPolicySchema = z.strictObject({
  use: aiUseSchema.default('assist'),
  /** Default handoff target for SOPs without one (a tier, team or person id). */
  handoff: idSchema.optional(),
  /** Actions no AI may take in any SOP; each SOP's own `forbidden` entries are added to these. */
  forbidden: z.array(nonEmptyStringSchema).default([]),
});
export type PlaybookAiPolicy = z.infer<typeof playbookAiPolicySchema>;
