// Template `escalation`: when and how a ticket moves up the tiers.
import type { SopTemplate } from './template.ts';

export const escalation: SopTemplate = {
  kind: 'escalation',
  description: 'moving a ticket up the tiers: when, to whom, with what',
  categoryHints: ['escalation', 'escalations', 'handoff', 'operations', 'general'],
  tags: ['handoff', 'bug'],
  channels: ['email', 'chat', 'phone', 'in-app'],
  summary: 'When a ticket goes to the next tier, what the hand-off must contain, and who owns the customer meanwhile.',
  appliesTo: 'Any ticket the current tier cannot resolve within its time box or its authority.',
  excludes: 'Incidents affecting many customers, which follow the outage procedure.',
  sla: [
    { priority: 'urgent', firstResponse: '1h', update: '2h', resolve: '1d' },
    { priority: 'high', firstResponse: '4h', update: '1d', resolve: '3d' },
    { priority: 'normal', firstResponse: '1d', update: '2d', resolve: '5d' },
  ],
  escalation: [
    {
      handles: 'Questions answered by the help centre, macros and standard account changes',
      when: 'The fix needs access, authority or knowledge the tier does not have, or the time box runs out',
      within: '4h',
    },
    {
      handles: 'Configuration problems, integrations and reproducible bugs with a workaround',
      when: 'The cause is a suspected product defect, data loss or a security issue',
      within: '1d',
    },
    { handles: 'Product defects, data fixes and code changes', when: 'The fix needs a management decision', within: '3d' },
  ],
  guidance: {
    intro: 'An escalation is a hand-off of work, not of the customer. Make the criteria measurable so agents do not guess.',
    steps: 'Name the form, field or channel used to escalate, and the template for the internal note.',
    edgeCases: 'Think of the escalations that bounce back, stall or skip a tier.',
    commonMistakes: 'Take these from escalations the next tier sent back last quarter.',
    escalation: 'Say who speaks to the customer while the next tier works.',
  },
  steps: [
    'Check the ticket against the escalation criteria for your tier; escalate on the criteria, not on how the customer sounds.',
    'Reproduce the problem and record the steps, the account, the time and what you expected to see.',
    'Attach evidence: screenshots, error messages, request ids, browser or app version.',
    'Write the internal hand-off note: the problem in one sentence, what you tried, what the customer needs and by when.',
    'Escalate through the agreed channel and set the priority the impact justifies.',
    'Tell the customer the ticket is with a specialist team and when they will hear from us next.',
    'Keep ownership of the customer conversation unless the next tier takes it explicitly.',
    'Follow up before the time box of the next tier runs out; chase once, then raise it with your lead.',
  ],
  edgeCases: [
    {
      situation: 'The next tier sends the ticket back',
      action: 'Ask what was missing, add it, and note the gap so the criteria can be improved.',
    },
    {
      situation: 'The customer asks for a manager',
      action: 'Offer the team lead when the request is about how we handled the ticket; the technical path stays the same.',
    },
    {
      situation: 'The same issue is escalated by several agents',
      action: 'Link the tickets to one escalation instead of opening duplicates.',
    },
    {
      situation: 'The problem may be a security issue',
      action: 'Escalate straight to the security contact, skipping tiers, and keep details out of public replies.',
    },
    { situation: 'No one answers at the next tier', action: 'Use the on-call contact after the time box, and tell your lead.' },
  ],
  commonMistakes: [
    'Escalating without reproduction steps, so the next tier starts from scratch.',
    'Telling the customer engineering will fix it by a date nobody agreed.',
    'Letting the ticket go silent while it waits on another team.',
    'Escalating to a person in a direct message instead of the tracked channel.',
  ],
  escalationNotes:
    'Each tier owns the case for its time box. The agent who escalated keeps the customer informed at the SLA update interval ' +
    'until the ticket is solved or the next tier takes the conversation.',
};
