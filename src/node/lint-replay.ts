// Adapter: the whole report of the last `sop lint`, kept with a fingerprint of everything it was made from, so that a
// lint of a playbook where nothing changed prints it again without loading, parsing or linting anything (a pre-push hook
// or a CI job on a pull request that touched no SOP). The fingerprint covers every input the rules see: each content
// file's path and text (with its encoding problems) and each entry left out, playbook.yaml and team.yaml, today, what
// `version-not-bumped` reads of the base (the commit, the playbook's folder in the repository, which SOPs git sees as
// changed), Mermaid's version, Node's, and the code that lints (src/, schemas/, the lockfile). Whether the assets SOPs
// point at exist is the one input read outside content/: each answer the lint got is kept and asked again before the
// report is trusted. A lint in which git or Mermaid failed to answer is not kept. Anything else that differs means a
// lint, as without the record.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { LintResult } from '../core/lint/engine.ts';
import type { SourceFile } from '../core/model.ts';
import { codeVersion } from './code-version.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';
import { lintCacheFile } from './lint-cache.ts';
import type { SkippedEntry } from './read-playbook.ts';

const format = 1;
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Beside the lint cache: `node_modules/.cache/sop-playbook/lint-report.json`. */
export function lintReportFile(root: string): string {
  return path.join(path.dirname(lintCacheFile(root)), 'lint-report.json');
}

/** What a lint reads. */
export interface ReplayInputs {
  sources: {
    playbook?: SourceFile | undefined;
    team?: SourceFile | undefined;
    sops: readonly SourceFile[];
    macros: readonly SourceFile[];
    skipped: readonly SkippedEntry[];
  };
  /** Today, as the lint resolved it (YYYY-MM-DD). */
  today: string;
  /** The base named (`--base`). */
  base: string;
  /** What the lint reads of the base (`baseSnapshotDigest`: the commit, the folder, which SOPs differ); undefined outside git. */
  git: string | undefined;
  /** Which diagram checker judges `invalid-diagram` (Mermaid's version), or `none`. */
  diagrams: string;
}

/** Whether each asset path asked (from the project root) was there. */
export type AssetAnswers = Array<[string, boolean]>;

interface ReportRecord {
  format: number;
  fingerprint: string;
  assets: AssetAnswers;
  files: string[];
  diagnostics: Diagnostic[];
}

let code: string | undefined;

/** One hash of everything in `inputs` and of the code that lints. */
export function lintFingerprint(inputs: ReplayInputs, lintCode: string = (code ??= codeVersion(packageRoot, ['src', 'schemas']))): string {
  const digest = createHash('sha1');
  // Each part is written with its length, so that no two different inputs run together into the same bytes.
  const part = (value: string) => digest.update(`${value.length}:`).update(value);
  part(String(format));
  part(lintCode);
  part(inputs.today);
  part(inputs.base);
  part(inputs.git ?? '(no git)');
  // Node's own Unicode tables decide what `\p{L}` matches in word counts.
  part(process.version);
  part(inputs.diagrams);
  const file = (source: SourceFile | undefined) => {
    if (!source) {
      part('(none)');
      return;
    }
    part(source.path);
    part(source.text);
    part(source.encodingProblems ? JSON.stringify(source.encodingProblems) : '');
  };
  file(inputs.sources.playbook);
  file(inputs.sources.team);
  for (const list of [inputs.sources.sops, inputs.sources.macros]) {
    part(String(list.length));
    for (const source of list) file(source);
  }
  part(JSON.stringify(inputs.sources.skipped));
  return digest.digest('hex');
}

/**
 * The report kept under `fingerprint`, when there is one and every asset answer it was made with still holds; else
 * undefined (no record, another fingerprint, an unreadable or foreign file).
 */
export function keptReport(file: string, fingerprint: string, assetExists: (pathFromRoot: string) => boolean): LintResult | undefined {
  let record: unknown;
  try {
    record = JSON.parse(readCacheFile(file) ?? '');
  } catch {
    return undefined;
  }
  if (!isRecord(record) || record.format !== format || record.fingerprint !== fingerprint) return undefined;
  if (!record.assets.every(([asked, answer]) => assetExists(asked) === answer)) return undefined;
  return { files: record.files, diagnostics: record.diagnostics };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPosition = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1;
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isText = (value: unknown) => typeof value === 'string';

/** A record in the shape this code writes, down to each finding, so that a damaged or foreign file is never printed. */
function isRecord(value: unknown): value is ReportRecord {
  if (!isObject(value) || !Array.isArray(value.assets) || !Array.isArray(value.files) || !Array.isArray(value.diagnostics)) return false;
  return (
    value.assets.every((entry) => Array.isArray(entry) && entry.length === 2 && isText(entry[0]) && typeof entry[1] === 'boolean') &&
    value.files.every(isText) &&
    value.diagnostics.every(
      (entry) =>
        isObject(entry) &&
        isText(entry.file) &&
        isText(entry.ruleId) &&
        isText(entry.message) &&
        (entry.severity === 'error' || entry.severity === 'warning') &&
        isPosition(entry.line) &&
        isPosition(entry.column) &&
        isOptional(entry.endLine, isPosition) &&
        isOptional(entry.endColumn, isPosition) &&
        isOptional(entry.hint, isText),
    )
  );
}

/** Keeps `result` under `fingerprint`, whole or not at all; one that cannot be written only means a full lint next time. */
export function keepReport(file: string, fingerprint: string, result: LintResult, assets: AssetAnswers): void {
  const record: ReportRecord = { format, fingerprint, assets, files: result.files, diagnostics: result.diagnostics };
  writeCacheFile(file, JSON.stringify(record));
}

/** An asset checker that notes each answer it gives, for the record. */
export function answeringAssets(check: (pathFromRoot: string) => boolean): {
  check: (pathFromRoot: string) => boolean;
  answers(): AssetAnswers;
} {
  const answers = new Map<string, boolean>();
  return {
    check(pathFromRoot) {
      const answer = check(pathFromRoot);
      answers.set(pathFromRoot, answer);
      return answer;
    },
    answers: () => [...answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}
