// Drafts are work in progress and never published: findings about their content are warnings, so a
// team can keep an imported handbook in main without breaking its build. Their frontmatter, owners
// and ids stay errors: a draft that cannot be loaded or has no owner is a problem today, not when it
// is published. Secrets in a draft are warnings too while drafts stay unpublished (handbooks are full
// of `password: 'Password1'` examples), but errors in a preview that publishes drafts (`sop build
// --drafts`): a preview deploy would put the secret on the web.
import type { Diagnostic } from '../diagnostic.ts';
import type { Playbook } from '../model.ts';

/** Rules whose findings on a draft SOP are warnings, whatever their configured severity. */
const draftContentRules: ReadonlySet<string> = new Set([
  'broken-link',
  'component-props',
  'escalation-path',
  'invalid-diagram',
  'mdx-syntax',
  'missing-edge-cases',
  'missing-steps',
  'sop-too-long',
  'unknown-reference',
]);

/** Rules whose findings on a draft SOP are warnings only while drafts are not published. */
const draftUnpublishedRules: ReadonlySet<string> = new Set(['sensitive-data']);

export interface DraftSeverityOptions {
  /** Drafts are published too (`sop build --drafts`): what would leak from a published page stays an error. */
  publishDrafts?: boolean | undefined;
}

/** Files of SOPs whose `status` is `draft`, read from the raw frontmatter so a draft failing its schema still counts. */
export function draftFiles(playbook: Playbook): Set<string> {
  const files = new Set<string>();
  for (const sop of playbook.sops) {
    const raw = sop.frontmatter.raw;
    const status = sop.data?.status ?? (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).status : undefined);
    if (status === 'draft') files.add(sop.file.path);
  }
  return files;
}

/** Whether a rule's errors on a draft become warnings. */
function softenedOnDrafts(ruleId: string, options: DraftSeverityOptions = {}): boolean {
  return draftContentRules.has(ruleId) || (!options.publishDrafts && draftUnpublishedRules.has(ruleId));
}

/** Errors about a draft's content become warnings; everything else keeps its severity. */
export function softenDraftFindings(
  diagnostics: readonly Diagnostic[],
  drafts: ReadonlySet<string>,
  options: DraftSeverityOptions = {},
): Diagnostic[] {
  return diagnostics.map((diagnostic) =>
    diagnostic.severity === 'error' && drafts.has(diagnostic.file) && softenedOnDrafts(diagnostic.ruleId, options)
      ? { ...diagnostic, severity: 'warning' }
      : diagnostic,
  );
}
