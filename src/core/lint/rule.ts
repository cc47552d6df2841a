// What a lint rule is: metadata apart from the check, as in ESLint; severity comes only from config.
import type { Severity, SourceRange } from '../diagnostic.ts';
import type { PlainDate } from '../dates.ts';
import type { Playbook } from '../model.ts';
import type { PlaybookIndex } from './playbook-index.ts';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity | 'off';
  /** One line, for `--help`, docs and SARIF. */
  description: string;
  /** Where the rule is documented: derived from the id by `defineRule`, never written by hand. */
  docs: string;
}

/** The README section documenting a rule: the one place rule docs links are made. */
const ruleDocs = (id: string): string => `README.md#${id}`;

/** A finding before severity is applied: the engine adds the rule id and the configured severity. */
export interface Finding extends SourceRange {
  file: string;
  message: string;
  hint?: string;
}

/** Reads a file as it stood at the git base, for `version-not-bumped`; undefined when it did not exist. */
export interface GitBaseReader {
  /** The ref compared against, for messages. */
  base: string;
  readAtBase: (path: string) => string | undefined;
}

/** Tells whether a file exists beside the content (images, attachments), for `broken-link`. */
export type AssetExists = (pathFromRoot: string) => boolean;

/** Mermaid's verdict on one diagram; `line` and `column` are 1-based within the diagram, when Mermaid says where. */
export type DiagramVerdict = { valid: true } | { valid: false; message: string; line?: number; column?: number };

/**
 * Verdicts on authors' mermaid diagrams by their source, for `invalid-diagram`. Mermaid's parser is
 * asynchronous and needs a DOM, so an adapter validates every diagram before the run and hands over this
 * lookup; it answers undefined for a source it was not given.
 */
export type DiagramValidator = (source: string) => DiagramVerdict | undefined;

export interface RuleContext {
  playbook: Playbook;
  index: PlaybookIndex;
  today: PlainDate;
  /** Undefined outside git or when no base could be read: git-based rules stay quiet. */
  git: GitBaseReader | undefined;
  assetExists: AssetExists;
  /** Undefined when diagrams were not validated (no adapter, or Mermaid unavailable): `invalid-diagram` stays quiet. */
  validateDiagram?: DiagramValidator | undefined;
  /** Every rule id known in this run (the registry's and the run's own), for rules that check rule names. */
  ruleIds: ReadonlySet<string>;
  report: (finding: Finding) => void;
}

export interface Rule {
  meta: RuleMeta;
  check: (context: RuleContext) => void;
}

/** A rule module's one export: its metadata (the docs link is derived from the id) and its check. */
export function defineRule(rule: { meta: Omit<RuleMeta, 'docs'>; check: (context: RuleContext) => void }): Rule {
  return { meta: { ...rule.meta, docs: ruleDocs(rule.meta.id) }, check: rule.check };
}
