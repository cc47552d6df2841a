// review-due-soon: an SOP or macro reaches its next review within `dueSoonDays`.
import { defineRule } from '../rule.ts';
import { describeDaysLeft, reviewedDocuments, reviewedField } from '../review-findings.ts';

export const reviewDueSoon = defineRule({
  meta: {
    id: 'review-due-soon',
    defaultSeverity: 'warning',
    description: 'Warns when a review falls due within the playbook’s `dueSoonDays`',
  },
  check(context) {
    for (const { document, state } of reviewedDocuments(context)) {
      if (state.status !== 'due-soon') continue;
      const what = document.kind === 'sop' ? 'SOP' : 'macro';
      context.report({
        file: document.file.path,
        ...reviewedField(document),
        message:
          `review of ${what} \`${document.id}\` is due on \`${state.nextReview}\` ` +
          `(${describeDaysLeft(state.daysLeft)}); schedule it with its owner`,
      });
    }
  },
});
