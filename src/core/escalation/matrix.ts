// The escalation matrix a support center posts on the wall: for each tier, who is reached (owner and
// contact), from where (first contact or a lower tier), within which time boxes, and by how many SOPs.
import { durationToMinutes, parseDuration } from '../../../schemas/duration.ts';
import type { Tier } from '../../../schemas/index.ts';
import type { EscalationStepView } from './path.ts';

/** One SOP's path, as the matrix reads it. */
export interface EscalationRoute {
  sopId: string;
  path: readonly EscalationStepView[];
}

interface MatrixSource {
  /** The tier tickets come from, or undefined when this is the first step (straight from the customer). */
  tierId: string | undefined;
  tierName: string | undefined;
  sopIds: string[];
}

interface MatrixTimeBox {
  /** As written (`4h`), or undefined for steps without one. */
  within: string | undefined;
  withinText: string | undefined;
  sopIds: string[];
}

interface MatrixRow {
  ownerId: string;
  ownerName: string;
  /** Every contact SOPs give for this owner at this tier, most used first. */
  contacts: string[];
  reachedFrom: MatrixSource[];
  /** Shortest first; steps without a time box last. */
  timeBoxes: MatrixTimeBox[];
  sopIds: string[];
}

export interface MatrixTier {
  tierId: string;
  tierName: string;
  /** Owners reached at this tier, the one most SOPs reach first. */
  rows: MatrixRow[];
}

interface RowBuilder {
  row: MatrixRow;
  contacts: Map<string, number>;
  sources: Map<string, MatrixSource>;
  timeBoxes: Map<string, MatrixTimeBox>;
}

/** Tiers in playbook.yaml's order (tiers it does not list after them, by id); tiers no SOP reaches are left out. */
export function escalationMatrix(routes: readonly EscalationRoute[], tiers: readonly Tier[]): MatrixTier[] {
  const byTier = new Map<string, { tierName: string; owners: Map<string, RowBuilder> }>();
  // Each list's SOPs as a set beside it: a row of a large playbook lists thousands, and searching the list for each added
  // SOP made the matrix quadratic (1.1 s at 10,000 SOPs).
  const listed = new WeakMap<string[], Set<string>>();
  const addOnce = (list: string[], item: string) => {
    let seen = listed.get(list);
    if (!seen) listed.set(list, (seen = new Set(list)));
    if (seen.has(item)) return;
    seen.add(item);
    list.push(item);
  };
  for (const route of routes) {
    route.path.forEach((step, index) => {
      const previous = index > 0 ? route.path[index - 1] : undefined;
      let tier = byTier.get(step.tierId);
      if (!tier) byTier.set(step.tierId, (tier = { tierName: step.tierName, owners: new Map() }));
      let builder = tier.owners.get(step.ownerId);
      if (!builder) {
        builder = {
          row: { ownerId: step.ownerId, ownerName: step.ownerName, contacts: [], reachedFrom: [], timeBoxes: [], sopIds: [] },
          contacts: new Map(),
          sources: new Map(),
          timeBoxes: new Map(),
        };
        tier.owners.set(step.ownerId, builder);
      }
      addOnce(builder.row.sopIds, route.sopId);
      if (step.contact) builder.contacts.set(step.contact, (builder.contacts.get(step.contact) ?? 0) + 1);
      const sourceKey = previous?.tierId ?? '';
      let source = builder.sources.get(sourceKey);
      if (!source) builder.sources.set(sourceKey, (source = { tierId: previous?.tierId, tierName: previous?.tierName, sopIds: [] }));
      addOnce(source.sopIds, route.sopId);
      const boxKey = step.within ?? '';
      let box = builder.timeBoxes.get(boxKey);
      if (!box) builder.timeBoxes.set(boxKey, (box = { within: step.within, withinText: step.withinText, sopIds: [] }));
      addOnce(box.sopIds, route.sopId);
    });
  }

  const tierOrder = new Map(tiers.map((tier, index) => [tier.id, index]));
  const rank = (tierId: string | undefined) => (tierId === undefined ? -1 : (tierOrder.get(tierId) ?? tiers.length));
  return [...byTier.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compare(a, b))
    .map(([tierId, tier]) => ({
      tierId,
      tierName: tier.tierName,
      rows: [...tier.owners.values()]
        .map(({ row, contacts, sources, timeBoxes }) => ({
          ...row,
          contacts: [...contacts.entries()]
            .sort(([a, countA], [b, countB]) => countB - countA || compare(a, b))
            .map(([contact]) => contact),
          reachedFrom: [...sources.values()].sort((a, b) => rank(a.tierId) - rank(b.tierId) || compare(a.tierId ?? '', b.tierId ?? '')),
          timeBoxes: [...timeBoxes.values()].sort(
            (a, b) => minutes(a.within) - minutes(b.within) || compare(a.within ?? '', b.within ?? ''),
          ),
        }))
        .sort((a, b) => b.sopIds.length - a.sopIds.length || a.ownerName.localeCompare(b.ownerName, 'en') || compare(a.ownerId, b.ownerId)),
    }));
}

function minutes(within: string | undefined): number {
  const duration = within ? parseDuration(within) : undefined;
  return duration ? durationToMinutes(duration) : Number.POSITIVE_INFINITY;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
