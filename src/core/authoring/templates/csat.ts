// Template `csat`: following up on customer satisfaction scores.
import type { SopTemplate } from './template.ts';

export const csat: SopTemplate = {
  kind: 'csat',
  description: 'customer satisfaction: survey, follow-up on low scores, learning',
  categoryHints: ['quality', 'csat', 'customer-experience', 'feedback', 'general'],
  tags: ['csat', 'qa-review'],
  channels: ['email'],
  summary: 'How satisfaction surveys are sent, how low scores are followed up, and how the findings change what we do.',
  appliesTo: 'Every satisfaction survey response, good or bad.',
  excludes: 'Product feedback in surveys, which goes to the product team through the feature request process.',
  sla: [
    { priority: 'low-score', firstResponse: '1d', resolve: '1w' },
    { priority: 'comment', firstResponse: '3d' },
  ],
  escalation: [
    {
      handles: 'Thanking customers and reading every comment',
      when: 'A low score comes with a comment about the handling, or the problem is still open',
      within: '1d',
    },
    {
      handles: 'Following up low scores, reopening unsolved problems, coaching',
      when: 'The score points to a policy or product problem',
      within: '1w',
    },
  ],
  guidance: {
    intro: 'A satisfaction score is a conversation starter, not a grade. Agree what counts as a low score before anyone follows up.',
    steps: 'Name the survey tool, the score scale and the report you review.',
    edgeCases: 'Think of scores that are not about support at all.',
    commonMistakes: 'Take these from the last quarterly review of scores.',
    escalation: 'Say who reads scores each day and who follows up.',
  },
  steps: [
    'Check the daily list of new survey responses.',
    'Read every comment, good or bad; the score alone does not say what went wrong.',
    'Tag each low score with its cause: the answer, the wait, the tone, the policy or the product.',
    'When the problem is not solved, reopen the ticket and solve it first.',
    'Follow up a low score within one business day, personally, to understand what went wrong; do not ask for a better score.',
    'Share what you learned with the agent, privately, with the ticket as the example.',
    'Bring repeated causes to the monthly quality review.',
  ],
  edgeCases: [
    {
      situation: 'The score is about the product, not support',
      action: 'Thank the customer, pass the feedback to product, and do not count it against the agent.',
    },
    {
      situation: 'A low score on a ticket that followed policy',
      action: 'Explain the reason for the policy once; record it for the policy owner.',
    },
    { situation: 'An abusive comment', action: 'Do not follow up; send it to the team lead.' },
    { situation: 'A high score with a complaint in the comment', action: 'Follow it up like a low score.' },
    { situation: 'A survey sent on a spam or merged ticket', action: 'Exclude it from the report and note why.' },
  ],
  commonMistakes: [
    'Asking the customer to change their score.',
    'Treating the score as an agent rating without reading the ticket.',
    'Following up so late that the customer has forgotten the ticket.',
    'Collecting the causes and never changing anything.',
  ],
  escalationNotes:
    'A pattern of low scores on one policy goes to the owner of that policy with examples. The quality lead reports the trends monthly.',
};
