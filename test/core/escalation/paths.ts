// Escalation paths the flowchart tests draw: the sample's refund path and one full of hostile text.
import type { EscalationStep, Sla } from '../../../schemas/index.ts';

export const refundPath: EscalationStep[] = [
  {
    tier: 'l1',
    owner: 'support-frontline',
    handles: 'In-policy refunds and credits up to 250 USD',
    when: 'The amount is over 250 USD, or the request is outside policy',
    within: '1d',
  },
  {
    tier: 'l2',
    owner: 'billing-ops',
    handles: 'Refunds and credits up to 2,000 USD',
    when: 'The amount is over 2,000 USD',
    within: '1d',
    contact: '#billing-ops',
  },
  { tier: 'mgmt', owner: 'helen-voss', handles: 'Finance approval above 2,000 USD', within: '2d' },
];

export const refundSla: Sla[] = [
  { priority: 'high', firstResponse: '2h', update: '4h', resolve: '1d' },
  { priority: 'normal', firstResponse: '8h' },
];

/** Everything a manager might type that means something to Mermaid, HTML or a Markdown parser. */
export const hostileTexts = [
  '<b>bold</b> "quotes" [x] {y} | a --> b',
  '"Urgent"',
  '#quot; &lt; #35; 50% off',
  '%%{init: {"theme": "dark", "securityLevel": "loose"}}%%',
  'style: #f00; classDef x fill:#f00;',
  '`code` C:\\new ümlaut 😀 ; end',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  'line one\nline two\r\n  end',
  ') --> s9["injected"] %% a comment',
  'click s0 call alert(1)',
];

export const hostilePath: EscalationStep[] = [
  { tier: 'l1', owner: 'support-frontline', handles: hostileTexts[0], when: hostileTexts[1], within: '30min', contact: hostileTexts[6] },
  { tier: 'l2', owner: 'billing-ops', handles: hostileTexts[2], when: hostileTexts[3] },
  { tier: 'eng', owner: 'kofi-mensah', handles: hostileTexts[4], when: hostileTexts[8], contact: hostileTexts[5] },
  { tier: 'mgmt', owner: 'helen-voss', handles: hostileTexts[7], when: hostileTexts[9] },
];
