// Template `macro-management`: creating, reviewing and archiving macros (canned replies).
import type { SopTemplate } from './template.ts';

export const macroManagement: SopTemplate = {
  kind: 'macro-management',
  description: 'macros: request, write, review, archive',
  categoryHints: ['knowledge', 'macros', 'knowledge-base', 'quality', 'operations', 'general'],
  tags: ['macros'],
  channels: [],
  summary: 'How macros are requested, written, reviewed, kept current and archived when nobody uses them.',
  appliesTo: 'Every shared macro in the help desk.',
  excludes: 'Personal macros of a single agent, which are not shared.',
  sla: [{ priority: 'normal', firstResponse: '3d', resolve: '1w' }],
  escalation: [
    {
      handles: 'Requesting new macros and flagging wrong ones',
      when: 'A macro is wrong in a way that misinforms customers, or touches billing, security or legal terms',
      within: '1d',
    },
    {
      handles: 'Writing, reviewing and archiving macros',
      when: 'The owning team must approve the content',
      within: '1w',
    },
  ],
  guidance: {
    intro: 'Macros drift faster than anything else. Say who owns the macro list and how often it is reviewed.',
    steps: 'Name the macro request form and the naming convention.',
    edgeCases: 'Think of duplicates, macros nobody uses and macros that are wrong.',
    commonMistakes: 'Take these from QA reviews of replies sent from macros.',
    escalation: 'Name who approves macros for billing, security and legal topics.',
  },
  steps: [
    'Request a new macro with the question it answers, two example tickets and the proposed text.',
    'Search for an existing macro first; update it rather than adding a near-duplicate.',
    'Write the macro in the house voice with placeholders for the customer name and the specifics.',
    'Name it by what it does, following the naming convention, so agents find it by search.',
    'Link the help-centre article the macro relies on, if any.',
    'Have the owning team approve macros on billing, security or legal topics.',
    'Review macro usage each quarter; archive macros below the usage threshold unless they cover a rare but important case.',
  ],
  edgeCases: [
    { situation: 'A macro is wrong and in use', action: 'Fix or deactivate it the same day, and tell the team in the support channel.' },
    { situation: 'Two macros answer the same question', action: 'Merge them into the better one and archive the other.' },
    {
      situation: 'A macro for a rare but critical case (an outage, a breach)',
      action: 'Keep it even at low usage, and mark why in its description.',
    },
    {
      situation: 'A macro that agents always edit heavily',
      action: 'Rewrite it from the edited versions; heavy editing means it does not fit.',
    },
    {
      situation: 'A product change makes macros out of date',
      action: 'Search macros for the feature name at each release and update them with the article.',
    },
  ],
  commonMistakes: [
    'Creating a new macro for every variation of a question.',
    'Macros that answer without the customer name or context, and read as robotic.',
    'Deleting macros instead of archiving them, which loses their history.',
    'Nobody reviewing macros after the product changes.',
  ],
  escalationNotes: 'The knowledge owner has the final say on macro wording; owning teams approve the substance for their topics.',
};
