// Template `first-response`: the first reply to a customer, on time and useful.
import type { SopTemplate } from './template.ts';

export const firstResponse: SopTemplate = {
  kind: 'first-response',
  description: 'the first reply: on time, personal, with a next step',
  categoryHints: ['first-response', 'intake', 'triage', 'quality', 'operations', 'general'],
  tags: ['sla'],
  channels: ['email', 'chat', 'phone', 'social', 'in-app'],
  summary: 'How to send a first reply within the SLA that answers the question or sets a clear next step.',
  appliesTo: 'The first public reply on every new ticket, on every channel.',
  excludes: 'Automatic acknowledgements, which do not count as a first response.',
  sla: [
    { priority: 'urgent', firstResponse: '30min', update: '2h' },
    { priority: 'high', firstResponse: '2h', update: '8h' },
    { priority: 'normal', firstResponse: '8h', update: '1d' },
    { priority: 'low', firstResponse: '1d', update: '3d' },
  ],
  escalation: [
    {
      handles: 'First replies on every ticket in the queue',
      when: 'The first-response SLA will be missed on more than a few tickets, or the answer needs a specialist',
      within: '2h',
    },
    {
      handles: 'Rebalancing the queue and answering specialist questions',
      when: 'The backlog is growing faster than the team can answer',
      within: '4h',
    },
    { handles: 'Extra staffing, overtime or a status page notice', when: 'The backlog lasts beyond the day', within: '1d' },
  ],
  guidance: {
    intro: 'The first reply sets the tone of the whole ticket. Say what counts as a first response on each channel.',
    steps: 'Link the macros agents should start from; keep the steps about judgement, not typing.',
    edgeCases: 'Think of the tickets where a fast reply is hard: no answer yet, wrong language, angry customer.',
    commonMistakes: 'Take these from CSAT comments that mention the first reply.',
    escalation: 'Say who watches the SLA dashboard and when they step in.',
  },
  channelStep: {
    after: 4,
    intro: 'How the holding reply goes out depends on the channel:',
    byChannel: {
      email: 'Reply on the ticket with the time of the next update filled in.',
      chat:
        'Greet within a minute; if the answer takes longer than 10 minutes, offer to follow up by email and convert the ' +
        'chat to a ticket.',
      phone: 'Say when you will call back and log the promise as an internal note.',
      social: 'Reply publicly once, with no account details, and move the conversation to a direct message.',
      'in-app': 'Answer in the messenger thread; the customer also gets it by email when they are away.',
    },
  },
  steps: [
    'Check the ticket priority and the time left on the first-response SLA.',
    'Read the whole message and any earlier tickets from the requester before writing.',
    'Answer the question completely when you can do it now; that is better than a fast holding reply.',
    'When you cannot, say what you understood, what you will do next and when the customer will hear from you.',
    'Ask for every missing detail in one message, never one question at a time.',
    'Personalise the macro you start from: the customer name, their words for the problem, their plan.',
    'Set the ticket status to match the next step: pending when waiting on the customer, open when waiting on us.',
  ],
  edgeCases: [
    {
      situation: 'The SLA is already breached when you pick the ticket up',
      action: 'Apologise for the wait once, briefly, then answer; do not hide the delay.',
    },
    {
      situation: 'An angry or upset customer',
      action: 'Acknowledge the impact in your first sentence, then say what you are doing about it.',
    },
    {
      situation: 'The answer depends on another team',
      action: 'Send a holding reply with the time of the next update, and set a reminder to keep it.',
    },
    { situation: 'A known incident', action: 'Link the status page and the incident macro instead of troubleshooting one by one.' },
    {
      situation: 'Outside business hours',
      action: 'Say when the team is back and what the customer can do meanwhile, such as the help centre.',
    },
  ],
  commonMistakes: [
    'Sending a generic acknowledgement that repeats the question and stops the SLA clock without helping.',
    'Asking for details the ticket already contains.',
    'Promising a resolution time the team does not control.',
    'Leaving the status open after asking the customer a question, so the ticket looks late.',
  ],
  escalationNotes:
    'The team lead watches the first-response SLA through the day. When a breach is likely, they reassign tickets or call in ' +
    'help before it happens, not after.',
};
