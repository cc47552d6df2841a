// A lint that stays loaded between runs (`sop lint --watch`, the dev server): only files whose text
// changed are loaded and parsed again, per-file findings of the others are kept in memory, and the
// cross-file rules (references, links, ids, macro use, git) run over the whole playbook every time,
// so a saved file updates the findings it causes in other files too.
import path from 'node:path';
import {
  macroFrontmatterSchema,
  playbookConfigSchema,
  sopFrontmatterSchema,
  teamFileSchema,
  type MacroFrontmatter,
  type PlaybookConfig,
  type SopFrontmatter,
  type TeamFile,
} from '../../schemas/index.ts';
import { lintWithMemory, type CachedLintResult } from '../core/lint/cached-lint.ts';
import { loadConfig, loadDocument } from '../core/load/load-playbook.ts';
import type { ContentDocument, Playbook, SourceFile } from '../core/model.ts';
import { gitBaseSession } from './git.ts';
import { openLintCache, runKey } from './lint-cache.ts';
import { mermaidVersion, validateDiagrams, diagramCacheFile } from './mermaid-validator.ts';
import { readConfigFile, readContentFile, readPlaybookSources, type ContentLayout, type SkippedEntry } from './read-playbook.ts';
import { diagramSources } from '../core/markdown/mermaid-blocks.ts';
import { formatPlainDate, type PlainDate } from '../core/dates.ts';
import { assetChecker } from './playbook-assets.ts';

interface SessionRun {
  result: CachedLintResult;
  playbook: Playbook;
  /** Documents loaded (read and parsed) again for this run. */
  reloaded: number;
}

interface Loaded<Frontmatter> {
  text: string;
  document: ContentDocument<Frontmatter>;
}

export interface LintSession {
  /** Lints again; `changed` are absolute paths that changed (all files are checked when omitted). */
  run(changed?: readonly string[]): Promise<SessionRun>;
}

export interface LintSessionOptions {
  layout: ContentLayout;
  /** Today for this run in the playbook's time zone (asked each run: a watch may cross midnight). */
  today: (timeZone: string) => PlainDate;
  base: string;
  /** Called when Mermaid cannot run (then `invalid-diagram` stays quiet). */
  warn: (message: string) => void;
  /** Lint as for a preview that publishes drafts (`SOP_DRAFTS=1` in the dev server). */
  publishDrafts?: boolean;
}

export function createLintSession(options: LintSessionOptions): LintSession {
  const { layout } = options;
  const sops = new Map<string, Loaded<SopFrontmatter>>();
  const macros = new Map<string, Loaded<MacroFrontmatter>>();
  let config: { text: string | undefined; document: Playbook['config'] } | undefined;
  let team: { text: string | undefined; document: Playbook['team'] } | undefined;
  const memory = openLintCache(undefined, '');
  const git = gitBaseSession(layout.root, options.base);

  const relative = (absolute: string) => path.relative(layout.root, absolute).split(path.sep).join('/');
  const warnSkipped = (entry: SkippedEntry) => options.warn(`warning: skipped \`${entry.path}\`: ${entry.reason}`);
  // A saved file is read as the first run read it: decoded with its encoding problems; a symbolic link, folder or
  // pipe that appears under an SOP's name is skipped and said, never followed or read.
  const readSaved = (absolute: string): SourceFile | undefined => {
    const entry = readContentFile(layout.root, absolute);
    if (entry && 'skipped' in entry) warnSkipped(entry.skipped);
    return entry && 'file' in entry ? entry.file : undefined;
  };

  function loadInto<Frontmatter>(
    map: Map<string, Loaded<Frontmatter>>,
    file: SourceFile | undefined,
    key: string,
    kind: 'sop' | 'macro',
  ): number {
    if (!file) return Number(map.delete(key));
    if (map.get(key)?.text === file.text) return 0;
    map.set(key, {
      text: file.text,
      document: loadDocument<Frontmatter>(file, kind, kind === 'sop' ? sopFrontmatterSchema : macroFrontmatterSchema),
    });
    return 1;
  }

  async function loadAll(): Promise<number> {
    const sources = await readPlaybookSources(layout);
    sources.skipped.forEach(warnSkipped);
    let reloaded = 0;
    config = {
      text: sources.playbook?.text,
      document: loadConfig<PlaybookConfig>(sources.playbook, playbookConfigSchema, { title: 'Support Playbook' }),
    };
    team = { text: sources.team?.text, document: loadConfig<TeamFile>(sources.team, teamFileSchema, {}) };
    const keep = (map: Map<string, unknown>, files: SourceFile[]) => {
      const names = new Set(files.map((file) => file.path));
      for (const key of map.keys()) if (!names.has(key)) map.delete(key);
    };
    keep(sops, sources.sops);
    keep(macros, sources.macros);
    for (const file of sources.sops) reloaded += loadInto(sops, file, file.path, 'sop');
    for (const file of sources.macros) reloaded += loadInto(macros, file, file.path, 'macro');
    return reloaded;
  }

  function loadChanged(changed: readonly string[]): number {
    let reloaded = 0;
    for (const absolute of new Set(changed)) {
      const key = relative(absolute);
      const name = path.relative(layout.contentDir, absolute).split(path.sep).join('/');
      if (name === 'playbook.yaml') {
        const file = readConfigFile(layout.root, absolute);
        config = { text: file?.text, document: loadConfig<PlaybookConfig>(file, playbookConfigSchema, { title: 'Support Playbook' }) };
      } else if (name === 'team.yaml') {
        const file = readConfigFile(layout.root, absolute);
        team = { text: file?.text, document: loadConfig<TeamFile>(file, teamFileSchema, {}) };
      } else if (/^sops\/[^/]+\.mdx?$/.test(name)) reloaded += loadInto(sops, readSaved(absolute), key, 'sop');
      else if (/^macros\/[^/]+\.md$/.test(name)) reloaded += loadInto(macros, readSaved(absolute), key, 'macro');
    }
    return reloaded;
  }

  const byId = <T extends { id: string; file: SourceFile }>(documents: T[]) =>
    documents.sort((a, b) => (a.id === b.id ? (a.file.path < b.file.path ? -1 : 1) : a.id < b.id ? -1 : 1));

  let queue: Promise<unknown> = Promise.resolve();
  return {
    // One run at a time: a save during a run is linted after it, never mixed into it.
    run(changed) {
      const next = queue.then(() => runOnce(changed));
      queue = next.catch(() => {});
      return next;
    },
  };

  async function runOnce(changed: readonly string[] | undefined): Promise<SessionRun> {
    const reloaded = changed && config ? loadChanged(changed) : await loadAll();
    const playbook: Playbook = {
      config: config!.document,
      team: team!.document,
      sops: byId([...sops.values()].map((entry) => entry.document)),
      macros: byId([...macros.values()].map((entry) => entry.document)),
    };
    const today = options.today(playbook.config.data.timezone);
    const checkDiagrams = playbook.config.data.rules['invalid-diagram'] !== 'off';
    memory.withRun(
      runKey(playbook, {
        today: formatPlainDate(today),
        diagrams: checkDiagrams ? mermaidVersion : 'none',
        publishDrafts: options.publishDrafts === true,
      }),
    );
    const unknown = (document: ContentDocument<unknown>) => !memory.findings(document);
    let validateDiagram;
    if (checkDiagrams) {
      try {
        const sources = diagramSources({ ...playbook, sops: playbook.sops.filter(unknown), macros: playbook.macros.filter(unknown) });
        validateDiagram = await validateDiagrams(sources, { cacheFile: diagramCacheFile(layout.root) });
      } catch (error) {
        options.warn(`mermaid diagrams were not checked: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const result = lintWithMemory(
      playbook,
      {
        today,
        git: git.reader(changed?.map(relative)),
        assetExists: assetChecker(layout.root),
        validateDiagram,
        publishDrafts: options.publishDrafts === true,
      },
      // Without Mermaid, findings are not kept: `invalid-diagram` said nothing this time.
      checkDiagrams && !validateDiagram ? { ...memory, findings: () => undefined, remember: () => {} } : memory,
    );
    return { result, playbook, reloaded };
  }
}
