// Template `refund`: deciding on, approving and issuing a refund or credit.
import type { SopTemplate } from './template.ts';

export const refund: SopTemplate = {
  kind: 'refund',
  description: 'refunds and credits: eligibility, approval limits, processing',
  categoryHints: ['billing', 'payments', 'refunds', 'finance', 'account'],
  tags: ['refund', 'credit'],
  channels: ['email', 'chat', 'phone'],
  summary: 'When we refund, when we credit instead, who approves which amounts, and how to issue it.',
  appliesTo: 'Customer requests for money back or a credit on a paid plan.',
  excludes: 'Open bank disputes (chargebacks), which billing handles directly.',
  sla: [
    { priority: 'high', firstResponse: '2h', update: '4h', resolve: '1d' },
    { priority: 'normal', firstResponse: '8h', update: '1d', resolve: '3d' },
  ],
  escalation: [
    {
      handles: 'In-policy refunds and credits up to the frontline approval limit',
      when: 'The amount is over the frontline limit, the request is outside policy, or the account had repeated refunds',
      within: '1d',
    },
    {
      handles: 'Refunds up to the billing approval limit, and policy exceptions',
      when: 'The amount is over the billing limit, or the exception sets a precedent',
      within: '1d',
    },
    { handles: 'Finance approval of large amounts and contract-level exceptions', when: 'A contract change is needed', within: '2d' },
  ],
  guidance: {
    intro:
      'Write the approval limits as amounts, in your billing currency, so nobody has to ask. Link the refund policy the customer sees.',
    steps: 'Name the billing system and where the refund reference goes.',
    edgeCases: 'Money cases go wrong at the edges: discounts, taxes, failed cards, disputes.',
    commonMistakes: 'Take these from refunds Finance had to correct at month end.',
    escalation: 'Give each tier its approval limit as an amount.',
  },
  callout: {
    kind: 'warning',
    title: 'Cancel before you refund',
    text:
      'When the customer is also leaving, cancel the subscription first; a refund on a live subscription is followed by ' +
      'the next renewal charge.',
  },
  steps: [
    'Find the charge in the billing system by invoice number or customer email; never ask the customer for card details.',
    'Confirm the requester is an owner or billing admin of the account.',
    'Check the request against the refund policy: plan, time since the charge, reason.',
    'Check the refund history of the account; repeated refunds go to the next tier.',
    'Check the amount against your approval limit.',
    'Cancel or downgrade the subscription first when the customer is also leaving, so no new charge follows.',
    'Issue the refund to the original payment method, with the ticket link in the refund description.',
    'Write an internal note with the amount, the refund reference and the policy line you applied.',
    'Reply with the refund macro, including when the money will arrive (usually 5 to 10 business days).',
  ],
  edgeCases: [
    {
      situation: 'A coupon or discount was applied',
      action: 'Refund what the customer paid, never the list price; say whether the discount is lost on a new purchase.',
    },
    {
      situation: 'The card on file has expired or been cancelled',
      action: 'Refund to it anyway; the bank routes the money to the customer. Never refund to a different card.',
    },
    {
      situation: 'The amount is over the approval threshold',
      action: 'Do not promise the refund; escalate with the amount and the policy line, and tell the customer who decides and by when.',
    },
    {
      situation: 'A partial refund (unused months, removed seats)',
      action: 'Calculate it from the invoice lines, show the calculation in the note, and round in the customer favour.',
    },
    {
      situation: 'A chargeback is already in flight',
      action: 'Do not refund: the customer would be paid twice. Hand the ticket to billing, who answer the dispute.',
    },
    { situation: 'Taxes on the invoice', action: 'Let the billing system refund tax in proportion; do not calculate it separately.' },
  ],
  commonMistakes: [
    'Refunding before cancelling, so the customer is charged again next cycle.',
    'Promising a refund in the first reply before checking eligibility.',
    'Giving cash for goodwill where policy says credit.',
    'Skipping the internal note, which leaves Finance unable to reconcile.',
  ],
  escalationNotes:
    'Hand a refund on with the amount, the currency, the invoice number and the policy line it falls under. The approver ' +
    'answers within their time box; the agent keeps the customer informed.',
};
