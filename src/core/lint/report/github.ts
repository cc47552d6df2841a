// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
import type { Diagnostic } from '../../diagnostic.ts';
import type { LintResult } from '../engine.ts';
import { fromRepositoryRoot, fullMessage, summaryLine } from './summary.ts';

/** Escapes a command's message as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: the message escapes, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(diagnostic: Diagnostic, repositoryPath: string | undefined): string {
  const properties: Array<[string, string | number | undefined]> = [
    ['file', fromRepositoryRoot(diagnostic.file, repositoryPath)],
    ['line', diagnostic.line],
    ['col', diagnostic.column],
    ['endLine', diagnostic.endLine],
    ['endColumn', diagnostic.endColumn],
    ['title', diagnostic.ruleId],
  ];
  const written = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${diagnostic.severity} ${written}::${escapeData(fullMessage(diagnostic))}`;
}

export function formatGithub(result: LintResult, options: { repositoryPath?: string | undefined }): string {
  const lines = result.diagnostics.map((diagnostic) => annotation(diagnostic, options.repositoryPath));
  return `${[...lines, summaryLine(result)].join('\n')}\n`;
}
