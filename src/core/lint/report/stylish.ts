// Stylish: ESLint's default human report, grouped by file, colour only when asked for.
import type { Diagnostic } from '../../diagnostic.ts';
import type { LintResult } from '../engine.ts';
import { counts, fullMessage, summaryLine } from './summary.ts';

export interface StylishOptions {
  colour: boolean;
}

const paint = (enabled: boolean) => (code: number, text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatStylish(result: LintResult, options: StylishOptions): string {
  const colour = paint(options.colour);
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of result.diagnostics) {
    const group = byFile.get(diagnostic.file);
    if (group) group.push(diagnostic);
    else byFile.set(diagnostic.file, [diagnostic]);
  }
  const lines: string[] = [];
  for (const [file, diagnostics] of byFile) {
    lines.push('', colour(4, file));
    const rows = diagnostics.map((diagnostic) => [
      `${diagnostic.line}:${diagnostic.column}`,
      diagnostic.severity,
      fullMessage(diagnostic),
      diagnostic.ruleId,
    ]);
    // A loop rather than Math.max(...spread), which overflows the stack on very long lists.
    let width = 0;
    let severityWidth = 0;
    for (const row of rows) {
      width = Math.max(width, row[0]!.length);
      severityWidth = Math.max(severityWidth, row[1]!.length);
    }
    for (const [place, severity, message, ruleId] of rows) {
      const severityText = colour(severity === 'error' ? 31 : 33, severity!.padEnd(severityWidth));
      // A message may quote several lines of the file (a multi-line value); its rule id stays on the finding's
      // first line and the rest is indented under the message, so the columns still read as a table.
      const [first, ...rest] = message!.split(/\r?\n/);
      lines.push(`  ${colour(2, place!.padEnd(width))}  ${severityText}  ${first}  ${colour(2, ruleId!)}`);
      const indent = ' '.repeat(2 + width + 2 + severityWidth + 2);
      for (const line of rest) lines.push(`${indent}${line}`);
    }
  }
  const { errors, warnings } = counts(result.diagnostics);
  const summary = summaryLine(result);
  if (errors + warnings === 0) return `${colour(32, '✔')}${summary.slice(1)}\n`;
  lines.push('', colour(errors > 0 ? 31 : 33, summary), '');
  return lines.join('\n');
}
