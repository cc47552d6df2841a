// Runs every rule over the whole playbook, applies severities from playbook.yaml and disable comments.
import { compareDiagnostics, type Diagnostic } from '../diagnostic.ts';
import type { PlainDate } from '../dates.ts';
import type { Playbook } from '../model.ts';
import { disableDirectives } from './directives.ts';
import { draftFiles, softenDraftFindings } from './draft-severity.ts';
import { buildPlaybookIndex } from './playbook-index.ts';
import { rules as registeredRules } from './registry.ts';
import type { AssetExists, DiagramValidator, Finding, GitBaseReader, Rule } from './rule.ts';

export interface LintOptions {
  today: PlainDate;
  git?: GitBaseReader | undefined;
  assetExists?: AssetExists;
  /** Verdicts on the playbook's mermaid diagrams, prepared beforehand (see `diagramSources`). */
  validateDiagram?: DiagramValidator | undefined;
  rules?: readonly Rule[];
  /** Drafts are published too (`sop build --drafts`): secrets in drafts stay errors instead of warnings. */
  publishDrafts?: boolean | undefined;
}

export interface LintResult {
  /** Every file the run looked at, sorted: reports list clean files too. */
  files: string[];
  diagnostics: Diagnostic[];
}

export function lintPlaybook(playbook: Playbook, options: LintOptions): LintResult {
  const rules = options.rules ?? registeredRules;
  // Rule names in config and disable comments are checked against every rule there is, not only this run's.
  const ruleIds: ReadonlySet<string> = new Set([...registeredRules, ...rules].map((rule) => rule.meta.id));
  const index = buildPlaybookIndex(playbook);
  const diagnostics: Diagnostic[] = [];
  const configFile = playbook.config.file?.path ?? 'content/playbook.yaml';
  const overrides = playbook.config.data.rules;

  for (const rule of rules) {
    const severity = overrides[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const report = (finding: Finding) => diagnostics.push({ ...finding, ruleId: rule.meta.id, severity });
    try {
      rule.check({
        playbook,
        index,
        today: options.today,
        git: options.git,
        assetExists: options.assetExists ?? (() => true),
        validateDiagram: options.validateDiagram,
        ruleIds,
        report,
      });
    } catch (error) {
      // A rule must never take the whole lint down; say which one failed so it can be reported.
      diagnostics.push({
        file: configFile,
        line: 1,
        column: 1,
        ruleId: rule.meta.id,
        severity: 'error',
        message: `rule \`${rule.meta.id}\` failed: ${error instanceof Error ? error.message : String(error)}; please report this`,
      });
    }
  }

  const documents = [...playbook.sops, ...playbook.macros];
  const kept = softenDraftFindings(applyDirectives(diagnostics, documents), draftFiles(playbook), { publishDrafts: options.publishDrafts });
  const files = [
    ...new Set([
      ...(playbook.config.file ? [configFile] : []),
      ...(playbook.team.file ? [playbook.team.file.path] : []),
      ...documents.map((document) => document.file.path),
    ]),
  ].sort();
  return { files, diagnostics: capPerFileAndRule(kept.sort(compareDiagnostics)) };
}

/** Findings listed per rule and file before the rest are only counted: a report stays readable and its cost linear. */
const findingsPerFileAndRule = 100;

/** Keeps the first findings of each rule in each file and replaces the rest by one finding that counts them, at the first one left out. */
function capPerFileAndRule(sorted: Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const diagnostic of sorted) {
    const key = `${diagnostic.file}\0${diagnostic.ruleId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const diagnostic of sorted) {
    const key = `${diagnostic.file}\0${diagnostic.ruleId}`;
    const position = (seen.get(key) ?? 0) + 1;
    seen.set(key, position);
    if (position <= findingsPerFileAndRule) kept.push(diagnostic);
    else if (position === findingsPerFileAndRule + 1) {
      const more = counts.get(key)! - findingsPerFileAndRule;
      kept.push({
        file: diagnostic.file,
        line: diagnostic.line,
        column: diagnostic.column,
        ruleId: diagnostic.ruleId,
        severity: diagnostic.severity,
        message:
          `and ${more} more \`${diagnostic.ruleId}\` finding${more === 1 ? '' : 's'} in this file; fix the ones above ` +
          `and lint again to see the rest`,
      });
    }
  }
  return kept;
}

/** Drops the findings a disable comment silences; problems with the comments themselves are `lint-directive`'s. */
function applyDirectives(diagnostics: Diagnostic[], documents: Array<{ file: { path: string; text: string } }>): Diagnostic[] {
  const silenced = new Map<string, Set<string>>();
  for (const document of documents) {
    for (const directive of disableDirectives(document.file.text)) {
      const key = `${document.file.path}\0${directive.targetLine}`;
      silenced.set(key, new Set([...(silenced.get(key) ?? []), ...directive.ruleIds]));
    }
  }
  return diagnostics.filter((diagnostic) => !silenced.get(`${diagnostic.file}\0${diagnostic.line}`)?.has(diagnostic.ruleId));
}
