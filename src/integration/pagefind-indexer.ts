// Pagefind's index, built in a worker thread (pagefind-worker.ts): this side hands it pages and waits for the index.
import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';

export type IndexerRequest =
  { kind: 'add'; sourcePath: string; content: string; part: number | undefined } | { kind: 'write'; outputDirectory: string };
export type IndexerReply =
  | { kind: 'added'; error: string | undefined }
  | { kind: 'part-written'; shard: number }
  | { kind: 'written'; pages: number }
  | { kind: 'failed'; message: string };

export interface SearchIndexer {
  /**
   * Hands Pagefind one page, for part `part` of an index in parts (else the next part in turn); resolves once it may take
   * the next. Throws the first page Pagefind could not index.
   */
  add(sourcePath: string, content: string, part?: number): Promise<void>;
  /**
   * Writes the index into the folder's `pagefind/` (and its parts, if more than one, into `pagefind/shards/<n>/`) once every
   * page is in (every page of the folder, when none was handed: Pagefind's crawl), then stops Pagefind; resolves with the
   * pages indexed. `partWritten` is told of each part as soon as it is written, while Pagefind writes the next.
   */
  write(outputDirectory: string, partWritten?: (shard: number) => void): Promise<{ pages: number }>;
  /** Stops the thread and Pagefind's process at once (a build that failed). */
  close(): Promise<void>;
}

/**
 * Pages handed over and not yet answered by Pagefind, beyond which the next waits: the memory of the thread's queue and of
 * Pagefind's pipe, not Pagefind's speed (its process answers one page after another in the order they were sent).
 */
const maxQueued = 32;

/** Indexers still running, so that a build that fails can stop them (`closeIndexers`). */
const running = new Set<SearchIndexer>();

/** Stops every indexer still running: Pagefind's process must not outlive a failed build, nor keep Node alive. */
export async function closeIndexers(): Promise<void> {
  await Promise.all([...running].map((indexer) => indexer.close()));
}

/** `shards`: the parts the index is written in (src/core/search/shards.ts), dealt the pages in turn. */
export function startIndexer(shards = 1): SearchIndexer {
  const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), {
    workerData: { compileCache: getCompileCacheDir(), shards },
  });
  let queued = 0;
  let failure: Error | undefined;
  let outcome: { pages: number } | Error | undefined;
  /** An `add` waiting for room, or a `write` waiting for the index: each checks again on every reply. */
  const waiting = new Set<() => void>();
  const wake = () => {
    for (const check of [...waiting]) check();
  };
  const waitFor = (ready: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!ready()) return;
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
    });
  const settle = (value: { pages: number } | Error) => {
    outcome ??= value;
    wake();
  };
  /** Told of each part of the index once written (`write`'s `partWritten`). */
  let partWritten: ((shard: number) => void) | undefined;
  worker.on('message', (message: IndexerReply) => {
    if (message.kind === 'part-written') {
      // A failure here is the build's (`write` rejects with it), not a reason to leave the index unfinished; the parts
      // after it are not read for a build that has failed.
      if (failure) return;
      try {
        partWritten?.(message.shard);
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error));
      }
    } else if (message.kind === 'added') {
      queued -= 1;
      if (message.error) failure ??= new Error(message.error);
      wake();
    } else settle(message.kind === 'written' ? { pages: message.pages } : new Error(message.message));
  });
  worker.on('error', (error: Error) => {
    failure ??= error;
    settle(error);
  });
  worker.on('exit', () => settle(new Error('the search indexing thread stopped before the index was written')));
  /** Read through a call: replies change them while this side awaits. */
  const failed = (): Error | undefined => failure;
  const result = () => outcome;
  const indexer: SearchIndexer = {
    async add(sourcePath, content, part) {
      const earlier = failed();
      if (earlier) throw earlier;
      queued += 1;
      worker.postMessage({ kind: 'add', sourcePath, content, part } satisfies IndexerRequest);
      await waitFor(() => queued < maxQueued || failed() !== undefined || result() !== undefined);
      const error = failed();
      if (error) throw error;
    },
    async write(outputDirectory, onPart) {
      partWritten = onPart;
      try {
        const earlier = failed();
        if (earlier) throw earlier;
        worker.postMessage({ kind: 'write', outputDirectory } satisfies IndexerRequest);
        await waitFor(() => result() !== undefined);
        const written = failed() ?? result()!;
        if (written instanceof Error) throw written;
        return written;
      } finally {
        await indexer.close();
      }
    },
    async close() {
      running.delete(indexer);
      await worker.terminate();
    },
  };
  running.add(indexer);
  return indexer;
}
