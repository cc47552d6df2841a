import { reviewDueSoon } from '../../../../src/core/lint/rules/review-due-soon.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const sopReviewedOn = (reviewed: string, status = 'active') =>
  sopText({
    frontmatter:
      `title: Refunds\nsummary: Refunds\nowner: billing-ops\nversion: 1.0.0\nstatus: ${status}\n` +
      `reviewed: ${reviewed}\ncategory: billing\nscope:\n  appliesTo: Refunds`,
  });
const file = 'content/sops/refunds.mdx';

// Today is 2026-11-23; the cycle is 90 days and `dueSoonDays` 14.
testRule(reviewDueSoon, {
  valid: [
    { name: 'a review due in 15 days', files: { [file]: sopReviewedOn('2026-09-09') } },
    { name: 'an overdue review, which `review-overdue` reports', files: { [file]: sopReviewedOn('2026-08-01') } },
    { name: 'a draft whose review is due soon', files: { [file]: sopReviewedOn('2026-09-01', 'draft') } },
  ],
  invalid: [
    {
      name: 'a review due in 14 days, at `reviewed`',
      files: { [file]: sopReviewedOn('2026-09-08') },
      findings: [
        {
          file,
          line: 7,
          column: 11,
          severity: 'warning',
          message: 'review of SOP `refunds` is due on `2026-12-07` (in 14 days); schedule it with its owner',
        },
      ],
    },
    {
      name: 'a review due today',
      files: { [file]: sopReviewedOn('2026-08-25') },
      findings: [{ file, line: 7, column: 11, severity: 'warning', message: 'is due on `2026-11-23`' }],
    },
    {
      name: 'a macro due soon',
      files: {
        'content/macros/refund-approved.md': macroText({
          frontmatter: 'title: Refund\nowner: billing-ops\nreviewed: 2026-08-30\nstatus: active\ncategory: billing',
        }),
      },
      findings: [
        {
          file: 'content/macros/refund-approved.md',
          line: 4,
          column: 11,
          severity: 'warning',
          message: 'review of macro `refund-approved` is due on `2026-11-28`',
        },
      ],
    },
  ],
});
