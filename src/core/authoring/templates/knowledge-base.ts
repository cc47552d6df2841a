// Template `knowledge-base`: writing, reviewing and retiring help-centre articles.
import type { SopTemplate } from './template.ts';

export const knowledgeBase: SopTemplate = {
  kind: 'knowledge-base',
  description: 'help-centre articles: request, write, review, publish, retire',
  categoryHints: ['knowledge', 'knowledge-base', 'help-center', 'documentation', 'content', 'quality'],
  tags: ['help-center'],
  channels: [],
  summary: 'How a help-centre article is requested, written, reviewed, published and kept current.',
  appliesTo: 'Every public help-centre article and internal knowledge article.',
  excludes: 'Macros, which follow the macro management procedure.',
  sla: [
    { priority: 'urgent', firstResponse: '1d', resolve: '2d' },
    { priority: 'normal', firstResponse: '1w', resolve: '2w' },
  ],
  escalation: [
    {
      handles: 'Flagging gaps and errors, drafting articles',
      when: 'The article needs product confirmation, or touches billing, security or legal terms',
      within: '1w',
    },
    {
      handles: 'Review, approval and publishing',
      when: 'The product team cannot confirm how the feature behaves',
      within: '1w',
    },
    { handles: 'Confirming product behaviour', when: 'Legal wording is needed', within: '1w' },
  ],
  guidance: {
    intro: 'Articles are the cheapest support there is, and the most harmful when wrong. Say who owns the help centre.',
    steps: 'Link the style guide and the article template.',
    edgeCases: 'Think of launches, retired features and articles that are right but unfindable.',
    commonMistakes: 'Take these from article feedback and tickets that an article should have prevented.',
    escalation: 'Name who confirms product behaviour for each area.',
  },
  steps: [
    'Flag a missing or wrong article from the ticket, with the ticket link and the question customers ask.',
    'Search the help centre for an existing article to update before writing a new one.',
    'Write the article from the template: the task in the title, the steps numbered, one task per article.',
    'Use the words customers use, taken from tickets, in the title and the first sentence.',
    'Have a second agent follow the steps on a test account before review.',
    'Send it for review to the article owner; product confirms behaviour for anything new.',
    'Publish it, link it from the macros that answer the same question, and note the review date.',
    'Review each article on its review date, or sooner when the product changes.',
  ],
  edgeCases: [
    { situation: 'A feature launch', action: 'Draft the article before launch and publish it with the release.' },
    {
      situation: 'A retired feature',
      action: 'Unpublish the article, redirect its address to the closest current one, and update linked macros.',
    },
    { situation: 'Screenshots are out of date', action: 'Replace them, or remove them when text alone is clear.' },
    {
      situation: 'Customers do not find the article',
      action: 'Check the search terms they used in tickets and add them to the title or the text.',
    },
    { situation: 'A question is only for some plans', action: 'Say at the top which plans the article is for.' },
  ],
  commonMistakes: [
    'Writing a new article instead of updating the old one, so both drift.',
    'Describing the interface instead of the task the customer wants to do.',
    'Publishing without anyone following the steps.',
    'Leaving macros pointing at unpublished articles.',
  ],
  escalationNotes:
    'Anything on billing, security or legal terms is approved by the owning team before it is published. The knowledge owner ' +
    'decides on structure and style.',
};
