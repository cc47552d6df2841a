// Adapter: the per-file half of a lint (parsing bodies, per-file rules) split between this thread and
// worker threads, so a large playbook uses every core. Threads take chunks of documents from a shared
// counter until none is left, so a thread slowed by start-up or a busy core simply takes fewer; each
// document's entry depends only on its own text and the run settings, so the merged entries are exactly
// what one thread would compute, and the cross-file rules then run once over them (see cached-lint.ts).
import { readdirSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { perFileEntries, type PerFileEntry } from '../core/lint/cached-lint.ts';
import type { LintOptions } from '../core/lint/engine.ts';
import type { DiagramVerdict } from '../core/lint/rule.ts';
import type { PlainDate } from '../core/dates.ts';
import type { ContentDocument, Playbook, SourceFile } from '../core/model.ts';
import type { ContentLayout } from './read-playbook.ts';

type Document = ContentDocument<unknown>;

/** What a worker is handed once the run's settings are known: the texts, the chunks and the settings (all its entries depend on). */
export interface ThreadJob {
  config: SourceFile | undefined;
  team: SourceFile | undefined;
  documents: Array<{ file: SourceFile; kind: 'sop' | 'macro' }>;
  /** Chunk `i` is `documents[chunkStarts[i]]` up to the next start. */
  chunkStarts: number[];
  /** Shared: the next chunk to take. */
  nextChunk: Int32Array;
  today: PlainDate;
  publishDrafts: boolean;
  /** Mermaid's verdicts by source, or undefined when diagrams are not checked. */
  verdicts: ReadonlyMap<string, DiagramVerdict> | undefined;
}

/** A worker's answer: entries by index into `documents`. */
export type ThreadResult = Array<[number, PerFileEntry]>;

/** Documents in a chunk at most: enough that taking one costs nothing, few enough that threads finish together. */
const maxChunkSize = 32;
/**
 * How many threads lint `documents` documents: `requested` (`--jobs`), never more than the documents, else one. Workers
 * parse bodies and run the rules that look at one file, and since bodies written in the everyday subset of Markdown are
 * read without micromark (src/core/load/simple-body.ts), that half of a lint is too small to pay for a worker's start-up
 * (it loads the rules, warms its own compiler and reads its documents' frontmatter again). Measured cold on two cores,
 * one thread against two: 10,000 SOPs and 15,000 macros 7.8 against 8.4 to 9.1 s; 20,000 and 30,000, 14.2 against 14.4
 * to 14.9 s; the 10,000 SOPs each with a component (parsed by micromark), 18.2 to 18.7 against 21.3 to 21.7 s. Before
 * the subset was read apart, two threads took a fifth less wall time than one at 25,000 documents.
 */
export function lintThreads(documents: number, requested: number | undefined): number {
  return requested === undefined ? 1 : Math.max(1, Math.min(requested, documents));
}

/** SOP and macro files in the content folder, counted without reading them: how many of the threads asked for to start early. */
export function countDocuments(layout: ContentLayout): number {
  const count = (folder: string) => {
    try {
      return readdirSync(path.join(layout.contentDir, folder)).filter((name) => /\.mdx?$/.test(name)).length;
    } catch {
      return 0;
    }
  };
  return count('sops') + count('macros');
}

interface ThreadedOptions {
  today: PlainDate;
  publishDrafts: boolean;
  /** Mermaid's verdicts on the documents' diagrams; workers load meanwhile. */
  verdicts: Promise<ReadonlyMap<string, DiagramVerdict> | undefined>;
}

export interface LintThreadPool {
  /** Starts workers (loading the rules and the parser) until `threads` threads, this one included, can lint. */
  grow(threads: number): void;
  /** Per-file entries of `documents` (documents of `playbook`), by this thread and the workers; ends the workers. */
  lint(playbook: Playbook, documents: readonly Document[], options: ThreadedOptions): Promise<Map<Document, PerFileEntry>>;
  /** Ends the workers unused. */
  close(): void;
}

/** Workers are started before the playbook is loaded, so that their start-up overlaps the loading. */
export function lintThreadPool(): LintThreadPool {
  const workers: LintWorker[] = [];
  return {
    grow(threads) {
      while (workers.length < threads - 1) workers.push(startWorker());
    },
    close() {
      for (const worker of workers.splice(0)) worker.close();
    },
    async lint(playbook, documents, options) {
      // At least four chunks a thread, so that a small playbook is split too.
      const chunkSize = Math.max(1, Math.min(maxChunkSize, Math.ceil(documents.length / (4 * (workers.length + 1)))));
      const chunkStarts = Array.from({ length: Math.ceil(documents.length / chunkSize) }, (_, index) => index * chunkSize);
      const nextChunk = new Int32Array(new SharedArrayBuffer(4));
      const verdicts = await options.verdicts;
      const job: ThreadJob = {
        config: playbook.config.file,
        team: playbook.team.file,
        documents: documents.map((document) => ({ file: document.file, kind: document.kind })),
        chunkStarts,
        nextChunk,
        today: options.today,
        publishDrafts: options.publishDrafts,
        verdicts,
      };
      const running = workers.splice(0);
      const results = running.map((worker) => worker.lint(job));
      const lintOptions: LintOptions = {
        today: options.today,
        publishDrafts: options.publishDrafts,
        validateDiagram: verdicts && ((source) => verdicts.get(source)),
      };
      const entries = new Map<Document, PerFileEntry>();
      const lintHere = (chunk: readonly Document[]) => {
        const sops = chunk.filter((document) => document.kind === 'sop') as Playbook['sops'];
        const macros = chunk.filter((document) => document.kind === 'macro') as Playbook['macros'];
        for (const [document, entry] of perFileEntries({ ...playbook, sops, macros }, lintOptions).entries) entries.set(document, entry);
      };
      for (;;) {
        const chunk = Atomics.add(nextChunk, 0, 1);
        if (chunk >= chunkStarts.length) break;
        lintHere(documents.slice(chunkStarts[chunk], chunkStarts[chunk + 1]));
      }
      for (const result of await Promise.all(results)) {
        for (const [index, entry] of result) entries.set(documents[index]!, entry);
      }
      // A worker that failed leaves its chunks undone: they are linted here, so a run never loses findings.
      const missing = documents.filter((document) => !entries.has(document));
      if (missing.length > 0) lintHere(missing);
      return entries;
    },
  };
}

interface LintWorker {
  lint(job: ThreadJob): Promise<ThreadResult>;
  close(): void;
}

function startWorker(): LintWorker {
  // A worker is a Node instance of its own: it keeps compiled code where this process does, or loading the rules costs twice as much.
  const worker = new Worker(new URL('./lint-worker.ts', import.meta.url), { workerData: { compileCache: getCompileCacheDir() } });
  const result = new Promise<ThreadResult>((resolve) => {
    worker.once('message', (entries: ThreadResult) => {
      resolve(entries);
      void worker.terminate();
    });
    // The chunks it took are linted by the caller instead.
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
  return {
    lint(job) {
      worker.postMessage(job);
      return result;
    },
    close: () => void worker.terminate(),
  };
}
