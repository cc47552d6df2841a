// ai-policy: an SOP that lets AI agents resolve tickets needs a trigger, a way out, and steps an agent can do.
// Whether a `forbidden` entry contradicts a step cannot be told from text, so this rule does not try.
import type { ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { aiPolicyOf } from '../../ai/policy.ts';
import { findSection } from '../../markdown/sections.ts';
import { keyPosition, nodeStart, valuePosition } from '../locate.ts';
import { defineRule } from '../rule.ts';

/** Steps that need a person or a tool only people have: a call, a screen share, an app, console or menu path. */
const humanToolPatterns: Array<{ pattern: RegExp; name: (match: RegExpExecArray) => string }> = [
  { pattern: /\b(?:call|phone|ring)\s+(?:the\s+)?(?:customer|requester|caller|them|back)\b/i, name: () => 'a phone call' },
  { pattern: /\b(callback|phone call|video call|screen[- ]share|in person)\b/i, name: (match) => match[1]!.toLowerCase() },
  {
    pattern: new RegExp(
      /\b(?:in|with|using|from|on|via)\s+(?:the\s+)?/.source +
        /((?:[A-Z][\w.]*\s+){0,2}(?:app|sidebar|dashboard|console|admin panel|portal|back office))\b/.source,
    ),
    name: (match) => match[1]!,
  },
  { pattern: /\b([A-Z]\w*(?:\s*→\s*[A-Z]\w*)+)/, name: (match) => match[1]! },
  {
    pattern: /\b(?:in|with|using|via)\s+(Stripe|Salesforce|Jira|Chargebee|Recurly|HubSpot|Okta|PagerDuty|Statuspage|Linear)\b/,
    name: (match) => match[1]!,
  },
];

/** A step that hands the case over is the way out, not a step the agent must do itself. */
const handsOff = /\b(hand|pass)\s+(?:it|the ticket|the case|the conversation)?\s*(?:off|over|to)\b|\bescalate\b|\btransfer\b/i;

function humanToolIn(step: string, tools: readonly string[]): string | undefined {
  if (handsOff.test(step)) return undefined;
  const lower = step.toLowerCase();
  if (tools.some((tool) => lower.includes(tool.toLowerCase()))) return undefined;
  for (const { pattern, name } of humanToolPatterns) {
    const match = pattern.exec(step);
    if (match) return name(match);
  }
  return undefined;
}

export const aiPolicy = defineRule({
  meta: {
    id: 'ai-policy',
    defaultSeverity: 'warning',
    description:
      'An SOP that AI agents may resolve needs `ai.whenToUse`, an escalation path or `ai.handoff`, and steps an agent can carry out',
  },
  check({ playbook, index, report }) {
    const defaults = playbook.config.data.ai;
    for (const sop of playbook.sops) {
      const data = sop.data;
      if (!data || data.status === 'retired') continue;
      const policy = aiPolicyOf(data, defaults);
      const block = sop.frontmatter;
      const file = sop.file.path;
      const own = data.ai?.handoff;
      if (own !== undefined && !index.tierOrder.has(own) && !index.ownerIds.has(own)) {
        report({
          file,
          ...valuePosition(block, 'ai.handoff'),
          message:
            `\`ai.handoff\` \`${own}\` is neither a tier in playbook.yaml nor a person or team in team.yaml; name ` +
            `where an AI agent hands the conversation over`,
        });
      }
      if (policy.use !== 'resolve') continue;
      // Where the policy is set: the SOP's `ai.use`, its `ai:` block, else (a playbook default) its title.
      const where = valuePosition(block, 'ai.use', keyPosition(block, 'ai', keyPosition(block, 'title')));
      if (!policy.whenToUse) {
        report({
          file,
          ...where,
          message:
            `SOP \`${sop.id}\` lets AI agents resolve tickets but has no \`ai.whenToUse\`; add the one-line trigger an ` +
            `agent should pick it by`,
        });
      }
      if (!data.escalation?.length && !policy.handoff) {
        report({
          file,
          ...where,
          message:
            `SOP \`${sop.id}\` lets AI agents resolve tickets but gives them no way out; ` + `add an \`escalation\` path or \`ai.handoff\``,
        });
      }
      const steps = findSection(sop.tree, 'steps');
      const list = steps?.content.find((node) => node.type === 'list' && node.ordered === true);
      if (!list || list.type !== 'list') continue;
      list.children.forEach((item: ListItem, position) => {
        const tool = humanToolIn(toString(item), policy.tools);
        if (!tool) return;
        report({
          file,
          ...nodeStart(item, nodeStart(list, where)),
          message:
            `step ${position + 1} of \`${sop.id}\` needs \`${tool}\`, which an AI agent may not have; list the tool in ` +
            `\`ai.tools\` if it does, make the step a handoff, or set \`ai.use: assist\``,
        });
      });
    }
  },
});
