// Every lint rule, sorted by id: the engine, `--help`, SARIF and the docs meta-test read this list.
import type { Rule } from './rule.ts';
import { frontmatterSchema } from './rules/frontmatter-schema.ts';
import { mdxSyntax } from './rules/mdx-syntax.ts';
import { reviewDueSoon } from './rules/review-due-soon.ts';
import { reviewOverdue } from './rules/review-overdue.ts';

export const rules: readonly Rule[] = [frontmatterSchema, mdxSyntax, reviewDueSoon, reviewOverdue].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : 1,
);
