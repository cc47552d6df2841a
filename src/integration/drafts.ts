// The worklist a preview with drafts (`sop build --drafts`, `SOP_DRAFTS=1` for `astro dev`) shows at
// `/drafts/`: from the lint findings `sop build` already has, else from a lint run of its own (dev).
import type { PlainDate } from '../core/dates.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { lintPlaybook } from '../core/lint/engine.ts';
import type { Playbook } from '../core/model.ts';
import { buildDraftWorklist, type DraftWorklist } from '../core/reports/drafts-worklist.ts';
import { assetChecker } from '../node/playbook-assets.ts';

export function draftWorklistFor(root: string, playbook: Playbook, today: PlainDate, diagnostics?: readonly Diagnostic[]): DraftWorklist {
  const findings = diagnostics ?? lintPlaybook(playbook, { today, assetExists: assetChecker(root), publishDrafts: true }).diagnostics;
  return buildDraftWorklist(playbook, findings);
}
