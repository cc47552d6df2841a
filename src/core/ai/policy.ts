// Which SOPs and macros AI agents may see, and each SOP's policy with the playbook default applied.
import type { AiUse, MacroFrontmatter, PlaybookAiPolicy, SopFrontmatter } from '../../../schemas/index.ts';

export interface AiPolicy {
  use: AiUse;
  whenToUse: string | undefined;
  notWhen: string[];
  /** The playbook's forbidden actions first, then the SOP's own, each once. */
  forbidden: string[];
  handoff: string | undefined;
  tools: string[];
}

export const aiUseMeaning: Record<AiUse, string> = {
  resolve: 'an AI agent may carry out this procedure with the customer',
  assist: 'an AI agent may draft replies and actions for a rep, who checks and sends them',
  never: 'keep away from AI entirely',
};

/** The SOP's `ai:` with playbook.yaml `ai:` filling what it leaves unset. */
export function aiPolicyOf(sop: Pick<SopFrontmatter, 'ai'>, defaults: PlaybookAiPolicy): AiPolicy {
  const own = sop.ai ?? {};
  return {
    use: own.use ?? defaults.use,
    whenToUse: own.whenToUse,
    notWhen: [...(own.notWhen ?? [])],
    forbidden: [...new Set([...defaults.forbidden, ...(own.forbidden ?? [])])],
    handoff: own.handoff ?? defaults.handoff,
    tools: [...(own.tools ?? [])],
  };
}

/**
 * The safety property: only an SOP that is neither a draft nor retired, with a policy other than `never`,
 * reaches an AI output (llms files, Markdown twins, Agent Skills, procedure exports).
 */
export function isSopForAi(sop: Pick<SopFrontmatter, 'status'>, policy: AiPolicy): boolean {
  return policy.use !== 'never' && sop.status !== 'draft' && sop.status !== 'retired';
}

/** Drafts and archived macros never reach an AI output; their reply text is left out wherever an SOP lists them. */
export function isMacroForAi(macro: Pick<MacroFrontmatter, 'status'>): boolean {
  return macro.status === 'active';
}

/** Why an SOP is kept from AI agents, for the JSON API's listing; undefined when it is not. */
export function aiExclusionReason(sop: Pick<SopFrontmatter, 'status'>, policy: AiPolicy): 'never' | 'draft' | 'retired' | undefined {
  if (policy.use === 'never') return 'never';
  if (sop.status === 'draft' || sop.status === 'retired') return sop.status;
  return undefined;
}
