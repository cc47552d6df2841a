import { reviewOverdue } from '../../../../src/core/lint/rules/review-overdue.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const sopReviewedOn = (reviewed: string, extra = '', status = 'active') =>
  sopText({
    frontmatter: `title: Refunds
summary: How to grant refunds
owner: billing-ops
version: 1.0.0
status: ${status}
reviewed: ${reviewed}${extra}
category: billing
scope:
  appliesTo: Refund requests`,
  });

testRule(reviewOverdue, {
  valid: [
    { name: 'an SOP reviewed within its cycle', files: { 'content/sops/refunds.mdx': sopReviewedOn('2026-10-01') } },
    { name: 'an SOP whose next review is today', files: { 'content/sops/refunds.mdx': sopReviewedOn('2026-08-25') } },
    { name: 'a draft never overdue', files: { 'content/sops/refunds.mdx': sopReviewedOn('2020-01-01', '', 'draft') } },
    { name: 'a retired SOP never overdue', files: { 'content/sops/refunds.mdx': sopReviewedOn('2020-01-01', '', 'retired') } },
    { name: 'a longer own cycle', files: { 'content/sops/refunds.mdx': sopReviewedOn('2026-01-01', '\nreviewEvery: 1y') } },
  ],
  invalid: [
    {
      name: 'an SOP one day past its next review',
      files: { 'content/sops/refunds.mdx': sopReviewedOn('2026-08-24') },
      findings: [{ file: 'content/sops/refunds.mdx', line: 7, column: 11, message: 'was due on `2026-11-22` (1 day ago)' }],
    },
    {
      name: 'an SOP two years stale',
      files: { 'content/sops/refunds.mdx': sopReviewedOn('2024-11-01') },
      findings: [{ file: 'content/sops/refunds.mdx', line: 7, column: 11, message: 'review of SOP `refunds`' }],
    },
    {
      name: 'a stale macro',
      files: {
        'content/macros/refund-approved.md': macroText({
          frontmatter: 'title: Refund approved\nowner: billing-ops\nreviewed: 2025-01-01\nstatus: active\ncategory: billing',
        }),
      },
      findings: [{ file: 'content/macros/refund-approved.md', line: 4, column: 11, message: 'review of macro `refund-approved`' }],
    },
  ],
});
