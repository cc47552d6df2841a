// The twelve SOP templates every support team needs, by kind (CONTRACT.md section 5).
import { accountRecovery } from './account-recovery.ts';
import { cancellation } from './cancellation.ts';
import { csat } from './csat.ts';
import { escalation } from './escalation.ts';
import { firstResponse } from './first-response.ts';
import { intake } from './intake.ts';
import { knowledgeBase } from './knowledge-base.ts';
import { macroManagement } from './macro-management.ts';
import { outage } from './outage.ts';
import { refund } from './refund.ts';
import type { SopTemplate } from './template.ts';
import { tone } from './tone.ts';
import { vip } from './vip.ts';

/** In the contract's order, which is also the order `sop new --help` lists them in. */
export const sopTemplates: readonly SopTemplate[] = [
  intake,
  firstResponse,
  escalation,
  refund,
  cancellation,
  accountRecovery,
  outage,
  vip,
  knowledgeBase,
  tone,
  csat,
  macroManagement,
];

export const sopKinds: readonly string[] = sopTemplates.map((template) => template.kind);

export function templateFor(kind: string): SopTemplate | undefined {
  return sopTemplates.find((template) => template.kind === kind);
}

export type { SopTemplate } from './template.ts';
