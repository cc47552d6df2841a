// A lint run that reuses what an earlier run learnt about unchanged files. Rules split in two:
// - per-file rules, whose findings on a document depend only on its own text, playbook.yaml, team.yaml,
//   today, the rules' own code and the diagram verdicts: their findings are kept per document;
// - cross-file rules (ids, references, links, macro use, git), which run over the whole playbook every
//   time, reading links and heading anchors from kept facts instead of parsing unchanged bodies.
// The adapter decides when a kept entry still applies (it hashes the text and everything above), so a
// result is always the one a full run would give.
import { compareDiagnostics, type Diagnostic } from '../diagnostic.ts';
import type { ContentDocument, Playbook } from '../model.ts';
import { documentFacts, rememberFacts, type DocumentFacts } from './document-facts.ts';
import { lintPlaybook, type LintOptions, type LintResult } from './engine.ts';
import { rules as registeredRules } from './registry.ts';
import type { Rule } from './rule.ts';

/**
 * Rules whose findings on a document depend only on that document, playbook.yaml, team.yaml, today and
 * the diagram verdicts: their findings are kept. Every other rule (ids, references, links, macro use,
 * search synonyms over all SOPs, git, and any rule added later until it is listed here) runs over the
 * whole playbook each time.
 */
const perFileRuleIds: ReadonlySet<string> = new Set([
  'ai-policy',
  'component-props',
  'escalation-path',
  'frontmatter-schema',
  'invalid-diagram',
  'lint-directive',
  'mdx-syntax',
  'missing-edge-cases',
  'missing-steps',
  'review-due-soon',
  'review-overdue',
  'sensitive-data',
  'sop-too-long',
  'unknown-owner',
  'unpublished-mdx',
]);

type Document = ContentDocument<unknown>;

/** What the adapter keeps per document, each part valid only for what its key covers. */
export interface LintMemory {
  /** Facts of this exact text (and path). */
  facts(document: Document): DocumentFacts | undefined;
  /** Per-file rules' findings for this text under this run's settings (config, team, today, rule code). */
  findings(document: Document): Diagnostic[] | undefined;
  remember(document: Document, entry: { facts: DocumentFacts; findings: Diagnostic[] }): void;
}

export interface CachedLintResult extends LintResult {
  /** Documents whose per-file findings came from memory. */
  reused: number;
}

/** What a memory keeps of one document: its facts and its per-file rules' findings. */
export interface PerFileEntry {
  facts: DocumentFacts;
  findings: Diagnostic[];
}

/**
 * Per-file rules (and disable comments) over the playbook's documents: each document's entry, and the
 * findings on other files (playbook.yaml, team.yaml). A document's entry depends only on its own text and
 * the run settings, so documents may be split across threads and their entries merged.
 */
export function perFileEntries(playbook: Playbook, options: LintOptions): { entries: Map<Document, PerFileEntry>; others: Diagnostic[] } {
  const rules = options.rules ?? registeredRules;
  const fresh = lintPlaybook(playbook, { ...options, rules: rules.filter((rule) => perFileRuleIds.has(rule.meta.id)) });
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of fresh.diagnostics) {
    let list = byFile.get(diagnostic.file);
    if (!list) byFile.set(diagnostic.file, (list = []));
    list.push(diagnostic);
  }
  const entries = new Map<Document, PerFileEntry>();
  for (const document of [...playbook.sops, ...playbook.macros]) {
    entries.set(document, { facts: documentFacts(document), findings: byFile.get(document.file.path) ?? [] });
    byFile.delete(document.file.path);
  }
  return { entries, others: [...byFile.values()].flat() };
}

export function lintWithMemory(playbook: Playbook, options: LintOptions, memory: LintMemory): CachedLintResult {
  const rules = options.rules ?? registeredRules;
  const crossFile: Rule[] = rules.filter((rule) => !perFileRuleIds.has(rule.meta.id));
  const documents: Document[] = [...playbook.sops, ...playbook.macros];
  const kept = new Map<Document, Diagnostic[]>();
  for (const document of documents) {
    const facts = memory.facts(document);
    if (facts) rememberFacts(document, facts);
    const findings = memory.findings(document);
    if (findings) kept.set(document, findings);
  }
  // Per-file rules (and disable comments) over the documents not kept, plus playbook.yaml and team.yaml.
  const fresh = perFileEntries(
    { ...playbook, sops: playbook.sops.filter((sop) => !kept.has(sop)), macros: playbook.macros.filter((macro) => !kept.has(macro)) },
    options,
  );
  const diagnostics: Diagnostic[] = [...fresh.others];
  for (const document of documents) {
    const entry = fresh.entries.get(document);
    diagnostics.push(...(kept.get(document) ?? entry?.findings ?? []));
    if (entry) memory.remember(document, entry);
  }
  // Cross-file rules over everything; the engine's own findings (unknown rules in playbook.yaml, disable
  // comments) came with the per-file run above.
  const whole = lintPlaybook(playbook, { ...options, rules: crossFile });
  const crossIds = new Set(crossFile.map((rule) => rule.meta.id));
  diagnostics.push(...whole.diagnostics.filter((diagnostic) => crossIds.has(diagnostic.ruleId)));
  return { files: whole.files, diagnostics: diagnostics.sort(compareDiagnostics), reused: kept.size };
}
