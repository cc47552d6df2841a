// Every lint rule, sorted by id: the engine, `--help`, SARIF and the docs meta-test read this list.
// One module per rule in ./rules/; test/core/lint/registry.test.ts fails when a module there is missing here.
import type { Rule } from './rule.ts';
import { aiPolicy } from './rules/ai-policy.ts';
import { brokenLink } from './rules/broken-link.ts';
import { componentProps } from './rules/component-props.ts';
import { duplicateId } from './rules/duplicate-id.ts';
import { escalationPath } from './rules/escalation-path.ts';
import { escalationTooLong } from './rules/escalation-too-long.ts';
import { fileEncoding } from './rules/file-encoding.ts';
import { frontmatterSchema } from './rules/frontmatter-schema.ts';
import { invalidDiagram } from './rules/invalid-diagram.ts';
import { lintDirective } from './rules/lint-directive.ts';
import { macroOrphaned } from './rules/macro-orphaned.ts';
import { macroUnused } from './rules/macro-unused.ts';
import { mdxSyntax } from './rules/mdx-syntax.ts';
import { missingEdgeCases } from './rules/missing-edge-cases.ts';
import { missingSteps } from './rules/missing-steps.ts';
import { reviewDueSoon } from './rules/review-due-soon.ts';
import { reviewOverdue } from './rules/review-overdue.ts';
import { searchSynonymUnused } from './rules/search-synonym-unused.ts';
import { sensitiveData } from './rules/sensitive-data.ts';
import { sopTooLong } from './rules/sop-too-long.ts';
import { unknownOwner } from './rules/unknown-owner.ts';
import { unknownReference } from './rules/unknown-reference.ts';
import { unpublishedMdx } from './rules/unpublished-mdx.ts';
import { versionNotBumped } from './rules/version-not-bumped.ts';

export const rules: readonly Rule[] = [
  aiPolicy,
  brokenLink,
  componentProps,
  duplicateId,
  escalationPath,
  escalationTooLong,
  fileEncoding,
  frontmatterSchema,
  invalidDiagram,
  lintDirective,
  macroOrphaned,
  macroUnused,
  mdxSyntax,
  missingEdgeCases,
  missingSteps,
  reviewDueSoon,
  reviewOverdue,
  searchSynonymUnused,
  sensitiveData,
  sopTooLong,
  unknownOwner,
  unknownReference,
  unpublishedMdx,
  versionNotBumped,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
