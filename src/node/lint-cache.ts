// Adapter: keeps what lint learnt about each file (its links, headings and per-file findings) in one JSON
// file between runs, beside the diagram verdicts. An entry is used only for the same text, and its
// findings only under the same playbook.yaml, team.yaml, today, diagram checker and rule code; any
// change to the code under src/core or schemas/ starts afresh.
import { createHash } from 'node:crypto';
import { readCacheFile, writeCacheFile } from './cache-file.ts';
import { filesDigest } from './files-digest.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintMemory } from '../core/lint/cached-lint.ts';
import type { DocumentFacts } from '../core/lint/document-facts.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { KnownFrontmatter } from '../core/load/load-playbook.ts';
import type { ContentDocument, Playbook } from '../core/model.ts';
import { diagramCacheFile } from './mermaid-validator.ts';

const format = 2;
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Entry {
  /** Hash of the file's text. */
  text: string;
  facts: DocumentFacts;
  /** Hash of the run settings the findings were made under. */
  run: string;
  findings: Diagnostic[];
  /** The frontmatter's value, when it parsed without a YAML problem and JSON gives it back unchanged. */
  frontmatter?: { value: unknown };
}

interface CacheFile {
  format: number;
  code: string;
  entries: Record<string, Entry>;
}

/** Beside the diagram verdicts: `node_modules/.cache/sop-playbook/lint-cache.json`, or a temp folder without node_modules. */
export function lintCacheFile(root: string): string {
  return path.join(path.dirname(diagramCacheFile(root)), 'lint-cache.json');
}

const hash = (...parts: string[]) => createHash('sha1').update(parts.join('\0')).digest('hex');

let codeVersion: string | undefined;
/** A hash of the rules' code: every file under src/core and schemas/, which decide what a rule finds. */
function ruleCodeVersion(): string {
  return (codeVersion ??= filesDigest(packageRoot, ['src/core', 'schemas']));
}

export interface RunSettings {
  today: string;
  /** Which diagram checker judged `invalid-diagram` (Mermaid's version), or `none`. */
  diagrams: string;
  /** Lint as for a preview that publishes drafts (a draft's findings keep more of their severity). */
  publishDrafts?: boolean;
}

/** Everything per-file findings depend on besides the file itself. */
export function runKey(playbook: Playbook, settings: RunSettings): string {
  return hash(
    ruleCodeVersion(),
    playbook.config.file?.text ?? '',
    playbook.team.file?.text ?? '',
    settings.today,
    settings.diagrams,
    settings.publishDrafts ? 'drafts' : '',
  );
}

export interface LintCache extends LintMemory {
  /** The frontmatter value kept for this exact text, so that loading the playbook reads no YAML for it. */
  frontmatter: KnownFrontmatter;
  /** Writes what this run learnt, when anything changed; a cache that cannot be written is no error. */
  save(): void;
}

/** Whether JSON gives back exactly this value: plain objects, arrays, text, booleans, null and finite numbers other than -0. */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  return typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(survivesJson);
}

/** What to keep of a document's frontmatter: its value, when the YAML parsed without a problem and survives JSON. */
function frontmatterToKeep(document: ContentDocument<unknown>): { value: unknown } | undefined {
  if (document.problems.some((problem) => problem.kind === 'yaml')) return undefined;
  const value = document.frontmatter.raw;
  return survivesJson(value) ? { value } : undefined;
}

/**
 * A memory over `file` (undefined: in memory only, as `sop lint --watch` keeps between runs). `run` is
 * the run key (see `runKey`); call `withRun` when it changes.
 */
export function openLintCache(file: string | undefined, run: string): LintCache & { withRun(run: string): void } {
  let entries: Map<string, Entry> = new Map();
  if (file) {
    try {
      const stored = JSON.parse(readCacheFile(file) ?? '') as CacheFile;
      if (stored.format === format && stored.code === ruleCodeVersion()) entries = new Map(Object.entries(stored.entries));
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }
  // By file: the frontmatter is asked for by file before its document exists.
  const textHashes = new WeakMap<object, string>();
  const textHash = (file: { path: string; text: string }) => {
    let value = textHashes.get(file);
    if (!value) textHashes.set(file, (value = hash(file.path, file.text)));
    return value;
  };
  const seen = new Set<string>();
  let changed = false;
  return {
    withRun(next) {
      run = next;
    },
    frontmatter(file) {
      const entry = entries.get(file.path);
      return entry && entry.text === textHash(file) ? entry.frontmatter : undefined;
    },
    facts(document) {
      seen.add(document.file.path);
      const entry = entries.get(document.file.path);
      return entry && entry.text === textHash(document.file) ? entry.facts : undefined;
    },
    findings(document) {
      const entry = entries.get(document.file.path);
      return entry && entry.text === textHash(document.file) && entry.run === run ? entry.findings : undefined;
    },
    remember(document, { facts, findings }) {
      entries.set(document.file.path, { text: textHash(document.file), facts, run, findings, frontmatter: frontmatterToKeep(document) });
      changed = true;
    },
    save() {
      if (!file) return;
      // Files no longer in the playbook leave the cache, so it never outgrows the playbook.
      for (const key of entries.keys()) {
        if (!seen.has(key)) {
          entries.delete(key);
          changed = true;
        }
      }
      seen.clear();
      if (!changed) return;
      // A read-only checkout lints as well, only more slowly next time.
      if (
        writeCacheFile(file, JSON.stringify({ format, code: ruleCodeVersion(), entries: Object.fromEntries(entries) } satisfies CacheFile))
      )
        changed = false;
    },
  };
}
