// Drafts are work in progress and never published: findings about their content are warnings, so a
// team can keep an imported handbook in main without breaking its build. Their frontmatter, owners,
// ids and secrets stay errors: a draft that cannot be loaded, has no owner or leaks a password is
// a problem today, not when it is published.
import type { Diagnostic } from '../diagnostic.ts';
import type { Playbook } from '../model.ts';

/** Rules whose findings on a draft SOP are warnings, whatever their configured severity. */
export const draftContentRules: ReadonlySet<string> = new Set([
  'broken-link',
  'escalation-path',
  'invalid-diagram',
  'mdx-syntax',
  'missing-edge-cases',
  'missing-steps',
  'sop-too-long',
  'unknown-reference',
]);

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

/** Errors about a draft's content become warnings; everything else keeps its severity. */
export function softenDraftFindings(diagnostics: readonly Diagnostic[], drafts: ReadonlySet<string>): Diagnostic[] {
  return diagnostics.map((diagnostic) =>
    diagnostic.severity === 'error' && drafts.has(diagnostic.file) && draftContentRules.has(diagnostic.ruleId) ? { ...diagnostic, severity: 'warning' } : diagnostic,
  );
}
