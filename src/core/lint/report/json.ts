// ESLint's JSON report: one entry per linted file, clean ones included, so tools built for ESLint read it as is.
import type { Diagnostic } from '../../diagnostic.ts';
import type { LintResult } from '../engine.ts';
import { counts, diagnosticsByFile, fullMessage } from './summary.ts';

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface EslintFileResult {
  filePath: string;
  messages: EslintMessage[];
  errorCount: number;
  fatalErrorCount: 0;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
}

/** `root` joined with a path from it, in the root's own separator style (ESLint reports absolute paths). */
function absolutePath(root: string, file: string): string {
  const separator = root.includes('\\') && !root.includes('/') ? '\\' : '/';
  return `${root.replace(/[\\/]+$/, '')}${separator}${file.split('/').join(separator)}`;
}

function eslintMessage(diagnostic: Diagnostic): EslintMessage {
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity === 'error' ? 2 : 1,
    message: fullMessage(diagnostic),
    line: diagnostic.line,
    column: diagnostic.column,
    ...(diagnostic.endLine === undefined ? {} : { endLine: diagnostic.endLine }),
    ...(diagnostic.endColumn === undefined ? {} : { endColumn: diagnostic.endColumn }),
  };
}

export function eslintResults(result: LintResult, root: string): EslintFileResult[] {
  return diagnosticsByFile(result).map(([file, diagnostics]) => {
    const { errors, warnings } = counts(diagnostics);
    return {
      filePath: absolutePath(root, file),
      messages: diagnostics.map(eslintMessage),
      errorCount: errors,
      fatalErrorCount: 0,
      warningCount: warnings,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
}

export function formatJson(result: LintResult, options: { root: string }): string {
  return `${JSON.stringify(eslintResults(result, options.root))}\n`;
}
