// Review state of every SOP and macro, shared by `review-overdue` and `review-due-soon`.
import { describeDaysLeft, isUnderReview, reviewStateOf, type ReviewState } from '../review.ts';
import type { ContentDocument } from '../model.ts';
import type { RuleContext } from './rule.ts';

export interface ReviewedDocument {
  document: ContentDocument<{ reviewed: string; reviewEvery?: string | undefined; status: string }>;
  state: ReviewState;
}

export function reviewedDocuments(context: RuleContext): ReviewedDocument[] {
  const { config } = context.playbook;
  const policy = { today: context.today, defaultCycle: config.data.reviewEvery, dueSoonDays: config.data.dueSoonDays };
  const documents = [...context.playbook.sops, ...context.playbook.macros];
  return documents.flatMap((document) => {
    if (!document.data) return [];
    const { reviewed, reviewEvery, status } = document.data;
    const state = reviewStateOf({ reviewed, reviewEvery, exempt: !isUnderReview(status) }, policy);
    return state ? [{ document, state }] : [];
  });
}

export function reviewedField(document: ReviewedDocument['document']) {
  return document.frontmatter.fields.get('reviewed')?.value ?? { line: 1, column: 1 };
}

export { describeDaysLeft };
