// The one shape every finding takes, from the loader's schema problems to lint rules and reports.

/** 1-based line and column, as editors show them; the end is exclusive when known. */
export interface SourceRange {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic extends SourceRange {
  /** Path of the file relative to the playbook root, with forward slashes. */
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  hint?: string;
}

export const startOfFile: SourceRange = { line: 1, column: 1 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
