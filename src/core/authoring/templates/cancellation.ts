// Template `cancellation`: cancelling a subscription, with a save offer where it fits.
import type { SopTemplate } from './template.ts';

export const cancellation: SopTemplate = {
  kind: 'cancellation',
  description: 'cancellations and save offers',
  categoryHints: ['billing', 'cancellation', 'retention', 'account', 'payments'],
  tags: ['cancellation', 'plan-change'],
  channels: ['email', 'chat', 'phone'],
  summary: 'How to cancel a subscription the customer wants ended, when to make a save offer, and what happens to their data.',
  appliesTo: 'Requests to cancel, downgrade to free or not renew a paid subscription.',
  excludes: 'Account deletion and data erasure requests, which follow the privacy procedure.',
  sla: [
    { priority: 'high', firstResponse: '4h', resolve: '1d' },
    { priority: 'normal', firstResponse: '1d', resolve: '2d' },
  ],
  escalation: [
    {
      handles: 'Cancellations, downgrades and the standard save offers',
      when: 'The customer asks for a refund, a contract exception, or an offer beyond the standard ones',
      within: '1d',
    },
    {
      handles: 'Contract terms, custom offers and refunds that come with the cancellation',
      when: 'The account is under a signed contract or handled by an account manager',
      within: '2d',
    },
    { handles: 'Contract exits and strategic accounts', when: 'Legal terms are disputed', within: '3d' },
  ],
  guidance: {
    intro: 'Cancelling must be easy: a save offer is made once, and a no is respected. Check the consumer law of the markets you sell in.',
    steps: 'Name the standard save offers and who may make them.',
    edgeCases: 'Think of who may cancel, what is owed, and what happens to the data.',
    commonMistakes: 'Take these from complaints about cancellations and from disputed renewals.',
    escalation: 'Say when a cancellation becomes a contract question.',
  },
  steps: [
    'Confirm the requester is an owner or billing admin of the account.',
    'Ask once why they are leaving, and record the reason in the cancellation field.',
    'Make one save offer that fits the reason (a pause, a lower plan, help with the problem); skip it when the customer has decided.',
    'Cancel at the end of the paid period unless policy or the customer says otherwise.',
    'Tell the customer the end date, what happens to their data and how long it is kept.',
    'Send the cancellation confirmation macro with the end date in writing.',
    'Tag the ticket with the cancellation reason and solve it.',
  ],
  edgeCases: [
    { situation: 'The requester is not an owner or billing admin', action: 'Do not cancel; explain who can, and offer to copy them in.' },
    {
      situation: 'The renewal was charged just before the request',
      action: 'Follow the refund procedure for the renewal charge as well as cancelling.',
    },
    {
      situation: 'The account is under an annual contract',
      action: 'Cancel the renewal, not the current term; early exits go to the next tier.',
    },
    {
      situation: 'Unpaid invoices on the account',
      action: 'Cancel anyway, and tell billing; never hold a cancellation hostage to a debt.',
    },
    {
      situation: 'The customer wants their data deleted as well',
      action: 'Cancel now and open a separate privacy request for the deletion.',
    },
  ],
  commonMistakes: [
    'Making more than one save offer after the customer has said no.',
    'Cancelling immediately and cutting off paid time the customer expected to keep.',
    'Not putting the end date in writing.',
    'Forgetting the reason tag, which is how the product team learns why customers leave.',
  ],
  escalationNotes:
    'Contract and refund questions go to the next tier with the contract end date and the amount involved. The cancellation ' +
    'itself is never delayed while they decide.',
};
