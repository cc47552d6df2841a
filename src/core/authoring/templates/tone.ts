// Template `tone`: the voice and tone of every reply.
import type { SopTemplate } from './template.ts';

export const tone: SopTemplate = {
  kind: 'tone',
  description: 'voice and tone of replies',
  categoryHints: ['quality', 'tone', 'communication', 'customer-experience', 'general'],
  tags: ['tone', 'qa-review'],
  channels: ['email', 'chat', 'phone', 'social', 'in-app'],
  summary: 'How we sound in every reply: plain, warm, direct, and adapted to the channel and to how the customer feels.',
  appliesTo: 'Every reply to a customer on every channel, macros included.',
  excludes: 'Legal notices and contract wording, which legal approves.',
  sla: [],
  escalation: [
    {
      handles: 'Writing replies in the house voice and asking for a second read when unsure',
      when: 'A reply concerns a complaint, a legal threat or the press',
      within: '4h',
    },
    {
      handles: 'Reviewing sensitive replies and coaching on tone',
      when: 'The message could be quoted publicly',
      within: '1d',
    },
  ],
  guidance: {
    intro: 'A tone guide works through examples. Add a before and after pair for each point from your own tickets.',
    steps: 'Keep this as a checklist an agent can run through before sending.',
    edgeCases: 'Think of the conversations where the usual voice does not fit.',
    commonMistakes: 'Take these from QA reviews and CSAT comments.',
    escalation: 'Say who gives a second read on sensitive replies.',
  },
  steps: [
    'Greet the customer by name and answer in the first two sentences.',
    'Write in plain words and short sentences; explain any term the customer did not use first.',
    'Say what you will do, not what you cannot do; when the answer is no, give the reason and an alternative.',
    'Match the channel: short and quick in chat, complete in email, spoken and confirmed in writing on the phone.',
    'Acknowledge frustration once, specifically, without over-apologising.',
    'End with the next step and who takes it.',
    'Read the reply once aloud, or in your head, before sending.',
  ],
  edgeCases: [
    {
      situation: 'An angry or abusive customer',
      action: 'Stay factual and calm; warn once with the abuse macro, then hand over to your lead if it continues.',
    },
    { situation: 'A customer in distress or grief', action: 'Drop the upbeat tone, be brief and kind, and offer the simplest path.' },
    {
      situation: 'A customer writing in a second language',
      action: 'Use simple sentences and avoid idioms; do not correct their language.',
    },
    { situation: 'A mistake on our side', action: 'Own it plainly, say what went wrong in one sentence and what we are doing about it.' },
    {
      situation: 'Public replies on social media',
      action: 'Keep it short and move details to a private channel; never share account data in public.',
    },
  ],
  commonMistakes: [
    'Opening with a template apology before the answer.',
    'Blaming the customer: you should have, you failed to.',
    'Jargon and internal names for teams or systems.',
    'Exclamation marks and emoji in replies about problems.',
  ],
  escalationNotes: 'When a reply could end up in public, in court or in the press, ask the team lead for a second read before sending.',
};
