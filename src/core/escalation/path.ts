// An SOP's escalation path as reps read it: each step's tier and owner by name, whom to contact, what
// it handles, when to escalate further and its time box in words. The flowchart, the text beside it
// and the escalation matrix are all drawn from this one view, so they never disagree.
import { describeDuration } from '../../../schemas/duration.ts';
import type { EscalationStep, Tier } from '../../../schemas/index.ts';
import type { Owner } from '../catalog.ts';

/** Where names come from: playbook.yaml's tiers and team.yaml's people and teams (a `Catalog` is one). */
export interface EscalationDirectory {
  tiers: readonly Tier[];
  owners: ReadonlyMap<string, Owner>;
}

export interface EscalationStepView {
  /** 1 for the first tier a ticket reaches. */
  position: number;
  tierId: string;
  /** The tier's name from playbook.yaml, or its id when the tier is unknown (lint reports that). */
  tierName: string;
  ownerId: string;
  /** The person's or team's name from team.yaml, or the id when unknown. */
  ownerName: string;
  ownerKnown: boolean;
  /** The step's own `contact`, else the owner's contact, else the owner's email. */
  contact: string | undefined;
  handles: string | undefined;
  /** What sends the ticket on to the next step. */
  when: string | undefined;
  /** The time box as written (`4h`) and in words (`4 hours`). */
  within: string | undefined;
  withinText: string | undefined;
}

export function escalationPath(steps: readonly EscalationStep[], directory: EscalationDirectory): EscalationStepView[] {
  return steps.map((step, index) => {
    const owner = directory.owners.get(step.owner);
    return {
      position: index + 1,
      tierId: step.tier,
      tierName: directory.tiers.find((tier) => tier.id === step.tier)?.name ?? step.tier,
      ownerId: step.owner,
      ownerName: owner?.name ?? step.owner,
      ownerKnown: owner !== undefined,
      contact: nonEmpty(step.contact) ?? nonEmpty(owner?.contact) ?? nonEmpty(owner?.email),
      handles: nonEmpty(step.handles),
      when: nonEmpty(step.when),
      within: step.within,
      withinText: step.within ? describeDuration(step.within) : undefined,
    };
  });
}

/** One line naming the path, for a diagram's accessible name: `Tier 1 (Frontline support) → Tier 2 (…)`. */
export function describePath(path: readonly EscalationStepView[]): string {
  return path.map((step) => `${step.tierName} (${step.ownerName})`).join(' → ');
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
