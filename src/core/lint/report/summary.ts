// What every report format says the same way: a finding's full text, the counts, and where a file is.
import type { Diagnostic } from '../../diagnostic.ts';
import type { LintResult } from '../engine.ts';
import { plural } from '../../plural.ts';

/** The message with its hint, as stylish prints it: formats without a hint field keep the advice. */
export function fullMessage(diagnostic: Diagnostic): string {
  return diagnostic.hint ? `${diagnostic.message} (${diagnostic.hint})` : diagnostic.message;
}

export function counts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** `✖ 3 problems (2 errors, 1 warning) in 44 files checked`, or `✔ 44 files checked, no problems`. */
export function summaryLine(result: LintResult): string {
  const { errors, warnings } = counts(result.diagnostics);
  if (errors + warnings === 0) return `✔ ${plural(result.files.length, 'file')} checked, no problems`;
  return (
    `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ` +
    `${plural(result.files.length, 'file')} checked`
  );
}

/** Every file the run looked at, and any other file a finding names, sorted; with the findings of each. */
export function diagnosticsByFile(result: LintResult): Array<[string, Diagnostic[]]> {
  const byFile = new Map<string, Diagnostic[]>(result.files.map((file) => [file, []]));
  for (const diagnostic of result.diagnostics) byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  return [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A path from the project root as seen from the repository root, for CI tools that read the repository. */
export function fromRepositoryRoot(file: string, repositoryPath: string | undefined): string {
  const prefix = (repositoryPath ?? '').replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  return prefix ? `${prefix}/${file}` : file;
}
