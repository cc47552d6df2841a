// Escalation paths for the site's pages: each SOP's path, flowchart source and accessible name, worked
// out once per catalog, plus the groups and the matrix `/escalations/` shows.
import type { Catalog, CatalogSop } from '../core/catalog.ts';
import { escalationFlowchart } from '../core/escalation/flowchart.ts';
import { escalationMatrix, type MatrixTier } from '../core/escalation/matrix.ts';
import { describePath, escalationPath, type EscalationStepView } from '../core/escalation/path.ts';

export interface SopEscalation {
  sop: CatalogSop;
  path: EscalationStepView[];
  /** Mermaid source, or undefined for an SOP without an escalation path. */
  source: string | undefined;
  /** The flowchart's accessible name: the tiers and owners in order. */
  label: string;
}

export interface EscalationGroup {
  /** SOPs that share this exact flowchart, in catalog order. */
  sops: CatalogSop[];
  escalation: SopEscalation;
}

const worked = new WeakMap<CatalogSop, SopEscalation>();

export function escalationOf(sop: CatalogSop, catalog: Catalog): SopEscalation {
  let escalation = worked.get(sop);
  if (!escalation) {
    const path = escalationPath(sop.data.escalation ?? [], catalog);
    escalation = {
      sop,
      path,
      source: escalationFlowchart(path, { sla: sop.data.sla }),
      label: `Escalation flowchart: ${describePath(path)}`,
    };
    worked.set(sop, escalation);
  }
  return escalation;
}

/** SOPs in use (retired ones left out) that have an escalation path. */
export function escalatingSops(catalog: Catalog): SopEscalation[] {
  return catalog.sops
    .filter((sop) => sop.data.status !== 'retired')
    .map((sop) => escalationOf(sop, catalog))
    .filter((escalation) => escalation.source !== undefined);
}

/** By category (playbook order), SOPs sharing a flowchart together, so a manager sees every distinct path once. */
export function escalationGroups(catalog: Catalog): Array<{ categoryId: string; categoryName: string; groups: EscalationGroup[] }> {
  const byCategory = new Map<string, Map<string, EscalationGroup>>();
  for (const escalation of escalatingSops(catalog)) {
    const categoryId = escalation.sop.data.category;
    let groups = byCategory.get(categoryId);
    if (!groups) byCategory.set(categoryId, (groups = new Map<string, EscalationGroup>()));
    const key = escalation.source ?? '';
    const group = groups.get(key);
    if (group) group.sops.push(escalation.sop);
    else groups.set(key, { sops: [escalation.sop], escalation });
  }
  const order = new Map(catalog.categories.map((category, index) => [category.id, index]));
  return [...byCategory.entries()]
    .sort(([a], [b]) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([categoryId, groups]) => ({
      categoryId,
      categoryName: catalog.categories.find((category) => category.id === categoryId)?.name ?? categoryId,
      groups: [...groups.values()],
    }));
}

export function escalationMatrixOf(catalog: Catalog): MatrixTier[] {
  return escalationMatrix(
    escalatingSops(catalog).map((escalation) => ({ sopId: escalation.sop.id, path: escalation.path })),
    catalog.tiers,
  );
}
