// Runs every rule over the whole playbook, applies severities from playbook.yaml and disable comments.
import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostic.ts';
import type { PlainDate } from '../dates.ts';
import type { Playbook } from '../model.ts';
import { didYouMean } from '../nearest.ts';
import { disableDirectives } from './directives.ts';
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
}

export interface LintResult {
  /** Every file the run looked at, sorted: reports list clean files too. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Rule id under which problems with the disable comments themselves are reported. */
export const directiveRuleId = 'lint-directive';

export function lintPlaybook(playbook: Playbook, options: LintOptions): LintResult {
  const rules = options.rules ?? registeredRules;
  const knownRuleIds = new Set([...rules.map((rule) => rule.meta.id), directiveRuleId]);
  const index = buildPlaybookIndex(playbook);
  const diagnostics: Diagnostic[] = [];
  const configFile = playbook.config.file?.path ?? 'content/playbook.yaml';
  const overrides = playbook.config.data.rules;

  for (const [ruleId] of Object.entries(overrides)) {
    if (knownRuleIds.has(ruleId)) continue;
    const location = playbook.config.yaml.fields.get(`rules.${ruleId}`)?.key ?? { line: 1, column: 1 };
    diagnostics.push({
      file: configFile,
      ...location,
      ruleId: 'frontmatter-schema',
      severity: 'error',
      message: `unknown rule \`${ruleId}\` in \`rules\`${didYouMean(ruleId, knownRuleIds)}`,
    });
  }

  for (const rule of rules) {
    const severity = (overrides[rule.meta.id] ?? rule.meta.defaultSeverity) as Severity | 'off';
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
  const kept = applyDirectives(diagnostics, documents, knownRuleIds);
  const files = [
    ...new Set([...(playbook.config.file ? [configFile] : []), ...(playbook.team.file ? [playbook.team.file.path] : []), ...documents.map((document) => document.file.path)]),
  ].sort();
  return { files, diagnostics: kept.sort(compareDiagnostics) };
}

function applyDirectives(
  diagnostics: Diagnostic[],
  documents: Array<{ file: { path: string; text: string } }>,
  knownRuleIds: ReadonlySet<string>,
): Diagnostic[] {
  const silenced = new Map<string, Set<string>>();
  const directiveFindings: Diagnostic[] = [];
  for (const document of documents) {
    for (const directive of disableDirectives(document.file.text)) {
      const file = document.file.path;
      for (const ruleId of directive.ruleIds) {
        if (!knownRuleIds.has(ruleId)) {
          directiveFindings.push({
            file,
            line: directive.line,
            column: directive.column,
            ruleId: directiveRuleId,
            severity: 'warning',
            message: `disable comment names unknown rule \`${ruleId}\`${didYouMean(ruleId, knownRuleIds)}`,
          });
          continue;
        }
        const key = `${file}\0${directive.targetLine}`;
        silenced.set(key, new Set([...(silenced.get(key) ?? []), ruleId]));
      }
      if (!directive.reason) {
        directiveFindings.push({
          file,
          line: directive.line,
          column: directive.column,
          ruleId: directiveRuleId,
          severity: 'warning',
          message: 'disable comment gives no reason; add one after ` -- ` so the next reviewer knows why',
        });
      }
    }
  }
  const kept = diagnostics.filter((diagnostic) => !silenced.get(`${diagnostic.file}\0${diagnostic.line}`)?.has(diagnostic.ruleId));
  return [...kept, ...directiveFindings];
}
