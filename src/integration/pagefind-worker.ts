// Worker thread for pagefind.ts: runs Pagefind's Node API, which encodes each page handed to Pagefind's process (as
// JSON, then base64, into its pipe) and decodes each answer. In the thread that renders the pages that cost about
// 0.25 ms a page, 0.65 s of a 1,000-SOP build, while this thread has the second core to itself most of the time.
// Messages are handled strictly one after another, so the pages reach Pagefind in the order they were sent.
import childProcess from 'node:child_process';
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import path from 'node:path';
import { EveryWordList, everyWordRecord, searchPartsFile, searchShardFolder } from '../core/search/shards.ts';
import { writeFileAtomic } from '../node/write-file-atomic.ts';
import type { IndexerReply, IndexerRequest } from './pagefind-indexer.ts';

// Before Pagefind's API is imported: a static import would load (and compile) it first.
const { compileCache, shards } = workerData as { compileCache: string | undefined; shards: number };
if (compileCache) enableCompileCache(compileCache);
const pagefind = await import('pagefind');

/** Set once this thread stops Pagefind's process itself; until then, that process stopping is a failure. */
let stopping = false;
/** Settles when the Pagefind process last started has exited. */
let pagefindExited: Promise<void> = Promise.resolve();
watchPagefindProcess();

const port = parentPort!;
const reply = (message: IndexerReply) => port.postMessage(message);
/** The index, or its parts (src/core/search/shards.ts), each page going to the part it is dealt (else the next in turn). */
const opened = Promise.all(
  Array.from({ length: shards }, () =>
    pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    }),
  ),
);
opened.catch(() => undefined);
const inFlight = new Set<Promise<void>>();
let pages = 0;
/** Every word of the pages handed in, for an index in parts (`everyWordRecord`). */
const words = new EveryWordList();

async function add(sourcePath: string, content: string, part: number | undefined): Promise<void> {
  const indexes = await opened.catch((error: unknown) => error as Error);
  if (indexes instanceof Error) {
    reply({ kind: 'added', error: indexes.message });
    return;
  }
  const index = indexes[part !== undefined && part < indexes.length ? part : pages % indexes.length]!;
  pages += 1;
  if (indexes.length > 1) words.addPage(content);
  const added: Promise<void> = index
    .addHTMLFile({ sourcePath, content })
    .then(
      (result) => result.errors,
      (error: unknown) => [String(error)],
    )
    .then((errors) => {
      inFlight.delete(added);
      reply({ kind: 'added', error: errors.length > 0 ? `Pagefind could not index \`${sourcePath}\`: ${errors.join('; ')}` : undefined });
    });
  // How many are in flight is the other side's to bound: it sends the next page only once enough were answered.
  inFlight.add(added);
}

/**
 * Writes the index, part after part, each dropped from Pagefind's memory once written (its writing is what peaks); a site
 * with no SOP or macro page yet has every page indexed, as Pagefind's crawl does then.
 */
async function write(outputDirectory: string): Promise<void> {
  let outcome: IndexerReply;
  try {
    const indexes = await opened;
    await Promise.all(inFlight);
    if (pages === 0) {
      const crawled = await indexes[0]!.addDirectory({ path: outputDirectory });
      if (crawled.errors.length > 0) throw new Error(`Pagefind could not index the site: ${crawled.errors.join('; ')}`);
      pages = crawled.page_count;
    }
    const everyWord = words.text();
    for (const [shard, index] of indexes.entries()) {
      if (indexes.length > 1 && words.size > 0) {
        const { url, filter, value } = everyWordRecord;
        const added = await index.addCustomRecord({ url, content: everyWord, language: 'en', filters: { [filter]: [value] } });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the search's word list: ${added.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: `${outputDirectory}/${searchShardFolder(shard)}` });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      // The other side may read this part (the search vocabulary) while Pagefind writes the next.
      reply({ kind: 'part-written', shard });
      if (indexes.length > 1) await index.deleteIndex();
    }
    // How many parts the search box merges, read when it first searches (not from the page, which may be cached longer).
    const partsFile = path.join(outputDirectory, searchShardFolder(0), searchPartsFile);
    await writeFileAtomic(partsFile, `${JSON.stringify({ parts: indexes.length })}\n`, { overwrite: true });
    outcome = { kind: 'written', pages };
  } catch (error) {
    outcome = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  stopping = true;
  await pagefind.close();
  // Answered once Pagefind's process has exited (it does as soon as its input closes), so that this thread reaps it: stopped
  // at once, the thread would leave it a zombie until Node ends, its CPU time missing from the build's own.
  await Promise.race([pagefindExited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  reply(outcome);
}

/**
 * Pagefind's API never notices its process stopping (a crash, the OOM killer): a request left unanswered then waits
 * forever, and this thread, listening to its port, keeps Node alive, so the build hangs where in one thread Node had
 * exited. The process is watched as the API starts it (`child_process.spawn`, looked up at each call), and a stop
 * this thread did not ask for fails the thread: the other side throws it from `add` and `write`.
 */
function watchPagefindProcess(): void {
  const spawn = childProcess.spawn;
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
    const child = spawn(...args);
    pagefindExited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('exit', (code, signal) => {
      if (!stopping) throw new Error(`Pagefind's process stopped (${signal ?? `exit code ${code}`}) before the index was written`);
    });
    return child;
  }) as typeof spawn;
}

let queue = Promise.resolve();
port.on('message', (message: IndexerRequest) => {
  queue = queue.then(() =>
    message.kind === 'add' ? add(message.sourcePath, message.content, message.part) : write(message.outputDirectory),
  );
});
