// Template `intake`: how a new ticket is read, classified, prioritised and routed.
import type { SopTemplate } from './template.ts';

export const intake: SopTemplate = {
  kind: 'intake',
  description: 'ticket intake and triage: classify, prioritise, route',
  categoryHints: ['intake', 'triage', 'routing', 'operations', 'general'],
  tags: ['triage', 'routing'],
  channels: ['email', 'chat', 'phone', 'social', 'in-app'],
  summary: 'How a new ticket is read, tagged, prioritised and routed to the right queue within the first-response SLA.',
  appliesTo: 'Every new inbound ticket on every channel, before anyone starts working on it.',
  excludes: 'Tickets already assigned to an agent, and replies on existing tickets.',
  sla: [
    { priority: 'urgent', firstResponse: '1h', update: '2h' },
    { priority: 'high', firstResponse: '4h', update: '1d' },
    { priority: 'normal', firstResponse: '1d', update: '2d' },
  ],
  escalation: [
    {
      handles: 'Triage of every new ticket: priority, category, queue',
      when: 'The right queue is unclear, the ticket names an outage or a security issue, or the account is flagged VIP',
      within: '1h',
    },
    {
      handles: 'Routing decisions the frontline cannot make, and queue rebalancing',
      when: 'Several customers report the same failure, which may be an incident',
      within: '2h',
    },
    { handles: 'Confirming or ruling out an incident', when: 'An incident is confirmed', within: '1h' },
  ],
  guidance: {
    intro: 'Intake decides how fast and by whom every ticket is handled. Keep it short enough to follow on a busy Monday.',
    steps: 'Name the help-desk views, fields and tags your team actually uses. One action per step.',
    edgeCases: 'Think of the tickets that fall between queues or look like something they are not.',
    commonMistakes: 'Take these from QA reviews and misrouted tickets of the last quarter.',
    escalation: 'Say what the frontline writes in the internal note when it hands a ticket on.',
  },
  steps: [
    'Open the oldest unassigned ticket in the intake view; work the queue oldest first unless a ticket is marked urgent.',
    'Read the whole ticket, including attachments and earlier tickets from the same requester.',
    'Identify the account and the plan from the requester email; link the ticket to the organisation.',
    'Merge duplicates from the same requester about the same problem into the oldest ticket.',
    'Set the category and tags from the taxonomy; pick the closest category rather than leaving it blank.',
    'Set the priority from the priority matrix: impact (how many users, is money or data at risk) against urgency.',
    'Assign the ticket to the queue that owns the category, or keep it when you can solve it in one reply.',
    'Send the acknowledgement macro when the first-response SLA would otherwise be missed.',
  ],
  edgeCases: [
    {
      situation: 'Several problems in one ticket',
      action: 'Split it into one ticket per problem so that each is routed and measured on its own.',
    },
    {
      situation: 'Spam, phishing or abusive messages',
      action: 'Mark spam as spam without replying; send abuse to the team lead with the ticket link.',
    },
    {
      situation: 'A report that sounds like an outage',
      action: 'Check the status page and the incident channel before routing; link the ticket to the incident if there is one.',
    },
    {
      situation: 'A requester who is not on the account',
      action: 'Answer general questions only; account changes need an owner or admin of the account.',
    },
    {
      situation: 'A ticket in a language the team does not support',
      action: 'Reply in English with the language notice and route it to the team that covers that language, if any.',
    },
    { situation: 'A VIP or strategic account', action: 'Raise the priority one level and follow the VIP procedure.' },
  ],
  commonMistakes: [
    'Routing by the subject line alone, without reading the ticket.',
    'Setting every ticket to high priority, which makes the priority meaningless.',
    'Leaving a ticket unassigned after tagging it, so it ages in no queue.',
    'Replying to spam, which confirms the address to the sender.',
  ],
  escalationNotes:
    'When you hand a ticket on, write an internal note with what the customer needs, what you checked and why it belongs to ' +
    'that queue. The receiving tier should never have to ask the customer again.',
};
