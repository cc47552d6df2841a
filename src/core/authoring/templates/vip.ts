// Template `vip`: handling tickets from VIP and strategic accounts.
import type { SopTemplate } from './template.ts';

export const vip: SopTemplate = {
  kind: 'vip',
  description: 'VIP and strategic accounts: priority, ownership, account team',
  categoryHints: ['vip', 'strategic', 'enterprise', 'key-accounts', 'accounts', 'account'],
  tags: ['vip', 'strategic', 'enterprise'],
  channels: ['email', 'chat', 'phone'],
  summary: 'How tickets from VIP and strategic accounts are prioritised, who owns them and when the account team is told.',
  appliesTo: 'Tickets from accounts flagged VIP or strategic in the help desk.',
  excludes: 'Sales questions from the same accounts, which go to the account manager.',
  sla: [
    { priority: 'urgent', firstResponse: '30min', update: '1h', resolve: '8h' },
    { priority: 'high', firstResponse: '1h', update: '4h', resolve: '1d' },
    { priority: 'normal', firstResponse: '4h', update: '1d', resolve: '3d' },
  ],
  escalation: [
    {
      handles: 'Acknowledging every VIP ticket and solving routine requests',
      when: 'The ticket is not routine, or the first-response SLA is at risk',
      within: '30min',
    },
    {
      handles: 'Ownership of the case through to resolution, and updates to the account team',
      when: 'The customer is unhappy with the handling, threatens to leave, or the fix needs engineering',
      within: '4h',
    },
    { handles: 'Executive contact and commercial decisions', when: 'The contract is at risk', within: '1d' },
  ],
  guidance: {
    intro: 'VIP handling is faster and more personal, never different in policy. Say which accounts are VIP and who keeps that list.',
    steps: 'Name the help-desk flag and the account team channel.',
    edgeCases: 'Think of the pressure VIPs bring: urgency, executives, special requests.',
    commonMistakes: 'Take these from account reviews with the account managers.',
    escalation: 'Name the account manager contact for each segment.',
  },
  steps: [
    'Check the VIP flag and the account notes before replying.',
    'Raise the priority one level above what the issue alone would get.',
    'Send the first reply within the VIP SLA, personally, from a named agent.',
    'Assign one named owner who stays on the ticket until it is solved.',
    'Tell the account team in their channel when the ticket is urgent, a complaint, or about renewal.',
    'Give updates at the agreed interval even when there is no news.',
    'Before solving, confirm with the customer that the problem is gone.',
  ],
  edgeCases: [
    { situation: 'A request outside policy', action: 'Do not make exceptions alone; escalate with what the customer asked and why.' },
    {
      situation: 'An executive writes directly to staff',
      action: 'Open a ticket from the message so that it is tracked, and reply from the ticket.',
    },
    { situation: 'The account manager is away', action: 'Inform their named backup or the account team channel.' },
    { situation: 'A threat to cancel or go public', action: 'Escalate at once and tell the account team; keep replies factual.' },
    {
      situation: 'The account is no longer VIP',
      action: 'Remove the flag only on the account team word; do not change handling mid-ticket.',
    },
  ],
  commonMistakes: [
    'Making policy exceptions to please a VIP, which then become expected.',
    'Several agents replying to the same VIP ticket.',
    'Surprising the account manager with a complaint they hear about first from the customer.',
    'Solving the ticket before the customer has confirmed the fix.',
  ],
  escalationNotes:
    'The account team is informed, not asked to solve: support keeps ownership of the ticket. Commercial questions such as ' +
    'discounts go to the account manager.',
};
