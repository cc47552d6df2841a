// Shared by the fuzz tests: bytes into the loader, every rule, every report format, and the checks every run must pass.
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { parsePlainDate } from '../../src/core/dates.ts';
import { decodeSource } from '../../src/core/load/encoding.ts';
import { loadPlaybook } from '../../src/core/load/load-playbook.ts';
import { lintPlaybook, type LintResult } from '../../src/core/lint/engine.ts';
import { formatters } from '../../src/core/lint/report/index.ts';
import type { SourceFile } from '../../src/core/model.ts';
import { basePlaybookYaml, baseTeamYaml } from '../helpers/playbook.ts';

export type Slot = 'sop.mdx' | 'sop.md' | 'macro.md' | 'playbook.yaml' | 'team.yaml';

export interface FuzzFile {
  slot: Slot;
  name: string;
  bytes: Uint8Array;
}

const today = parsePlainDate('2026-11-23')!;
const encoder = new TextEncoder();

export const bytesOf = (text: string) => encoder.encode(text);

function pathOf(file: FuzzFile): string {
  switch (file.slot) {
    case 'playbook.yaml':
      return 'content/playbook.yaml';
    case 'team.yaml':
      return 'content/team.yaml';
    case 'macro.md':
      return `content/macros/${file.name}.md`;
    default:
      return `content/sops/${file.name}.${file.slot === 'sop.md' ? 'md' : 'mdx'}`;
  }
}

function sourceFile(path: string, bytes: Uint8Array): SourceFile {
  const { text, problems } = decodeSource(bytes);
  return problems.length > 0 ? { path, text, encodingProblems: problems } : { path, text };
}

export interface FuzzRun {
  result: LintResult;
  texts: Map<string, string>;
  configProblems: Diagnostic[];
  reports: string[];
}

/** Loads the files (over the base playbook.yaml and team.yaml), lints with every rule and prints every report format. */
export function lintBytes(files: readonly FuzzFile[]): FuzzRun {
  const sources = files.map((file) => sourceFile(pathOf(file), file.bytes));
  const byPath = (path: string) => sources.find((source) => source.path === path);
  const playbook = loadPlaybook({
    playbook: byPath('content/playbook.yaml') ?? { path: 'content/playbook.yaml', text: basePlaybookYaml },
    team: byPath('content/team.yaml') ?? { path: 'content/team.yaml', text: baseTeamYaml },
    sops: sources.filter((source) => source.path.startsWith('content/sops/')),
    macros: sources.filter((source) => source.path.startsWith('content/macros/')),
  });
  const result = lintPlaybook(playbook, { today });
  const reports = Object.values(formatters).map((format) => format(result, { colour: false, root: '/playbook' }));
  const texts = new Map<string, string>([
    [playbook.config.file?.path ?? 'content/playbook.yaml', playbook.config.file?.text ?? ''],
    [playbook.team.file?.path ?? 'content/team.yaml', playbook.team.file?.text ?? ''],
    ...[...playbook.sops, ...playbook.macros].map((document): [string, string] => [document.file.path, document.file.text]),
  ]);
  const configProblems: Diagnostic[] = [
    ...playbook.config.problems.map((problem) => ({
      ...problem,
      file: 'content/playbook.yaml',
      ruleId: 'config',
      severity: 'error' as const,
    })),
    ...playbook.team.problems.map((problem) => ({ ...problem, file: 'content/team.yaml', ruleId: 'config', severity: 'error' as const })),
  ];
  return { result, texts, configProblems, reports };
}

/** Lines as the YAML parser counts them (LF) and as Markdown does (LF, CRLF, CR): a position must fit one of them. */
function lineLengths(text: string): number[][] {
  return [text.split('\n'), text.split(/\r\n|\r|\n/)].map((lines) => lines.map((line) => line.length));
}

function fits(lengths: number[], line: number, column: number): boolean {
  const length = lengths[line - 1];
  return length !== undefined && column >= 1 && column <= length + 2;
}

/** Every finding names a file of the run, at a line and column inside it; no rule failed. */
export function expectWellPlaced(run: FuzzRun): void {
  for (const diagnostic of [...run.result.diagnostics, ...run.configProblems]) {
    const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId} ${diagnostic.message}`;
    expect(diagnostic.message, where).not.toMatch(/^rule `[^`]+` failed/);
    const text = run.texts.get(diagnostic.file);
    expect(text, where).toBeDefined();
    expect(Number.isInteger(diagnostic.line) && Number.isInteger(diagnostic.column), where).toBe(true);
    const [byLineFeed, byAnyEnd] = lineLengths(text!);
    expect(fits(byLineFeed!, diagnostic.line, diagnostic.column) || fits(byAnyEnd!, diagnostic.line, diagnostic.column), where).toBe(true);
  }
}
