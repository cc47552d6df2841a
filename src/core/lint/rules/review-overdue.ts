// review-overdue: an SOP or macro is past its next review (drafts, retired SOPs and archived macros excepted).
import { defineRule } from '../rule.ts';
import { describeDaysLeft, reviewedDocuments, reviewedField } from '../review-findings.ts';

export const reviewOverdue = defineRule({
  meta: {
    id: 'review-overdue',
    defaultSeverity: 'error',
    description: 'SOPs and macros must be reviewed by their next review date',
  },
  check(context) {
    for (const { document, state } of reviewedDocuments(context)) {
      if (state.status !== 'overdue') continue;
      const what = document.kind === 'sop' ? 'SOP' : 'macro';
      context.report({
        file: document.file.path,
        ...reviewedField(document),
        message:
          `review of ${what} \`${document.id}\` was due on \`${state.nextReview}\` ` +
          `(${describeDaysLeft(state.daysLeft)}); review it and update \`reviewed\``,
        hint: `last reviewed ${state.reviewed}, every ${state.cycle}`,
      });
    }
  },
});
