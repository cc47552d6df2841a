// Template `outage`: support's part in an incident: detect, communicate, close the loop.
import type { SopTemplate } from './template.ts';

export const outage: SopTemplate = {
  kind: 'outage',
  description: 'outages and incidents: reporting, customer updates, follow-up',
  categoryHints: ['incidents', 'incident', 'outages', 'outage', 'status', 'operations', 'escalation'],
  tags: ['outage', 'degraded-performance', 'status-page'],
  channels: ['email', 'chat', 'phone', 'social', 'in-app'],
  summary: 'What support does when the product is down or degraded: report it, tell customers, keep them updated, follow up.',
  appliesTo: 'A failure or slowdown that affects several customers at once, suspected or confirmed.',
  excludes: 'A problem confined to one account, which follows the escalation procedure.',
  sla: [
    { priority: 'critical', firstResponse: '15min', update: '30min', resolve: '4h' },
    { priority: 'major', firstResponse: '30min', update: '1h', resolve: '1d' },
    { priority: 'minor', firstResponse: '2h', update: '4h', resolve: '3d' },
  ],
  escalation: [
    {
      handles: 'Spotting the pattern, linking tickets, sending the incident macro',
      when: 'Three or more customers report the same failure within an hour, or one report of data loss',
      within: '15min',
    },
    {
      handles: 'Confirming the incident, opening the incident channel, drafting customer updates',
      when: 'The failure is confirmed and needs a fix',
      within: '30min',
    },
    {
      handles: 'Diagnosis and fix; the incident commander decides on status page updates',
      when: 'The incident is declared major',
      within: '1h',
    },
  ],
  guidance: {
    intro: 'During an incident support is the voice of the company. Agree in advance who writes the status page and who approves it.',
    steps: 'Name the incident channel, the status page and the macros for each stage.',
    edgeCases: 'Think of partial outages, outages at a supplier, and the customers with contractual SLAs.',
    commonMistakes: 'Take these from the last post-incident reviews.',
    escalation: 'Name the engineering on-call rota and how to page it.',
  },
  callout: {
    kind: 'warning',
    title: 'Only the incident commander names the cause or the time to fix',
    text: 'Never tell a customer why it broke or when it will be back until the incident commander has approved the wording.',
  },
  steps: [
    'Check the status page and the incident channel for a known incident before troubleshooting.',
    'Report a suspected incident in the incident channel with ticket links, times, affected features and accounts.',
    'Create one parent ticket for the incident and link every related ticket to it.',
    'Reply to affected customers with the incident macro and a link to the status page.',
    'Post customer updates at the agreed interval, even when there is nothing new.',
    'When the fix is confirmed, send the resolution macro to every linked ticket.',
    'Flag customers with contractual SLAs for service credits.',
    'Add what support saw to the post-incident review: first report time, ticket volume, customer questions.',
  ],
  edgeCases: [
    { situation: 'Only some customers are affected', action: 'Say so plainly in updates, and list what is known about who is affected.' },
    {
      situation: 'The cause is at a supplier',
      action: 'Do not name or blame the supplier unless communications have approved it; say what we are doing.',
    },
    {
      situation: 'Customers ask for compensation',
      action: 'Record the request on the ticket; credits follow the refund procedure after the incident.',
    },
    {
      situation: 'Possible data loss or a security breach',
      action: 'Escalate at once to security; say nothing about the cause in public replies until approved.',
    },
    {
      situation: 'Press or social media ask about the outage',
      action: 'Point them to the status page; hand press questions to communications.',
    },
  ],
  commonMistakes: [
    'Troubleshooting one customer at a time during a known incident.',
    'Promising a fix time engineering has not given.',
    'Letting an update interval pass in silence.',
    'Closing linked tickets without telling the customers it is resolved.',
  ],
  escalationNotes:
    'Support never waits for certainty to report: a suspected incident reported early costs little. The incident commander ' +
    'owns the status page; support owns the replies to customers.',
};
