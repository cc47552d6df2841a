// Stylish: ESLint's default human report, grouped by file, colour only when asked for.
import type { Diagnostic } from '../../diagnostic.ts';
import type { LintResult } from '../engine.ts';

export interface StylishOptions {
  colour: boolean;
}

const paint = (enabled: boolean) => (code: number, text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatStylish(result: LintResult, options: StylishOptions): string {
  const colour = paint(options.colour);
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of result.diagnostics) byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  const lines: string[] = [];
  for (const [file, diagnostics] of byFile) {
    lines.push('', colour(4, file));
    const rows = diagnostics.map((diagnostic) => [
      `${diagnostic.line}:${diagnostic.column}`,
      diagnostic.severity,
      diagnostic.message + (diagnostic.hint ? ` (${diagnostic.hint})` : ''),
      diagnostic.ruleId,
    ]);
    const width = Math.max(...rows.map((row) => row[0]!.length));
    const severityWidth = Math.max(...rows.map((row) => row[1]!.length));
    for (const [place, severity, message, ruleId] of rows) {
      const severityText = colour(severity === 'error' ? 31 : 33, severity!.padEnd(severityWidth));
      lines.push(`  ${colour(2, place!.padEnd(width))}  ${severityText}  ${message}  ${colour(2, ruleId!)}`);
    }
  }
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  if (errors + warnings === 0) return `${colour(32, '✔')} ${result.files.length} files checked, no problems\n`;
  const total = errors + warnings;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${result.files.length} files checked`;
  lines.push('', colour(errors > 0 ? 31 : 33, summary), '');
  return lines.join('\n');
}
