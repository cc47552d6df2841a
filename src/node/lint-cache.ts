// Adapter: keeps what lint learnt about each file (its links, headings and per-file findings) in one JSON
// file between runs, beside the diagram verdicts. An entry is used only for the same text, and its
// findings only under the same playbook.yaml, team.yaml, today, diagram checker and rule code; any
// change to the code under src/core or schemas/ starts afresh.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { filesDigest } from './files-digest.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintMemory } from '../core/lint/cached-lint.ts';
import type { DocumentFacts } from '../core/lint/document-facts.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { Playbook } from '../core/model.ts';
import { diagramCacheFile } from './mermaid-validator.ts';

const format = 1;
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Entry {
  /** Hash of the file's text. */
  text: string;
  facts: DocumentFacts;
  /** Hash of the run settings the findings were made under. */
  run: string;
  findings: Diagnostic[];
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
  /** Writes what this run learnt, when anything changed; a cache that cannot be written is no error. */
  save(): void;
}

/**
 * A memory over `file` (undefined: in memory only, as `sop lint --watch` keeps between runs). `run` is
 * the run key (see `runKey`); call `withRun` when it changes.
 */
export function openLintCache(file: string | undefined, run: string): LintCache & { withRun(run: string): void } {
  let entries: Map<string, Entry> = new Map();
  if (file) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (stored.format === format && stored.code === ruleCodeVersion()) entries = new Map(Object.entries(stored.entries));
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }
  const textHashes = new WeakMap<object, string>();
  const textHash = (document: { file: { path: string; text: string } }) => {
    let value = textHashes.get(document);
    if (!value) textHashes.set(document, (value = hash(document.file.path, document.file.text)));
    return value;
  };
  const seen = new Set<string>();
  let changed = false;
  return {
    withRun(next) {
      run = next;
    },
    facts(document) {
      seen.add(document.file.path);
      const entry = entries.get(document.file.path);
      return entry && entry.text === textHash(document) ? entry.facts : undefined;
    },
    findings(document) {
      const entry = entries.get(document.file.path);
      return entry && entry.text === textHash(document) && entry.run === run ? entry.findings : undefined;
    },
    remember(document, { facts, findings }) {
      entries.set(document.file.path, { text: textHash(document), facts, run, findings });
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
      const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temp, JSON.stringify({ format, code: ruleCodeVersion(), entries: Object.fromEntries(entries) } satisfies CacheFile));
        renameSync(temp, file);
        changed = false;
      } catch {
        // A read-only checkout lints as well, only more slowly next time.
      }
    },
  };
}
