// Pagefind's index built in a worker thread: pages in order, the crawl when none was handed, and a stop that leaves
// nothing running.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchablePage } from '../helpers/searchable-page.ts';
import { closeIndexers, startIndexer } from '../../src/integration/pagefind-indexer.ts';
import { searchShardFolder } from '../../src/core/search/shards.ts';

const page = searchablePage;

const folders: string[] = [];
afterEach(async () => {
  await closeIndexers();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function outputFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'sop-indexer-'));
  folders.push(folder);
  return folder;
}

/** Every word of every page Pagefind's entry file says it indexed, read back from its fragments' count. */
const fragments = (folder: string) => readdirSync(path.join(folder, 'pagefind', 'fragment'));

describe('the search indexer thread', () => {
  it('indexes the pages it is handed, more than it holds at once, and says how many', async () => {
    const folder = outputFolder();
    const indexer = startIndexer();
    for (let number = 0; number < 150; number++)
      await indexer.add(`sops/page-${number}/index.html`, page(`Page ${number}`, `wombat ${number}`));
    expect(await indexer.write(folder)).toEqual({ pages: 150 });
    expect(fragments(folder)).toHaveLength(150);
    const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: { en: { page_count: number } };
    };
    expect(entry.languages.en.page_count).toBe(150);
  }, 60_000);

  it('tells of each part of an index in parts once it is written, in order, each part whole when told', async () => {
    const folder = outputFolder();
    const indexer = startIndexer(3);
    for (let number = 0; number < 30; number++)
      await indexer.add(`sops/page-${number}/index.html`, page(`Page ${number}`, `wombat ${number}`), number % 3);
    const told: Array<{ shard: number; fragments: number }> = [];
    const partFragments = (shard: number) => readdirSync(path.join(folder, searchShardFolder(shard), 'fragment')).length;
    expect(await indexer.write(folder, (shard) => told.push({ shard, fragments: partFragments(shard) }))).toEqual({ pages: 30 });
    // Ten pages a part, and the record of every word each part holds.
    expect(told).toEqual([0, 1, 2].map((shard) => ({ shard, fragments: 11 })));
  }, 60_000);

  it('fails the write with the error of a reader of a written part, once the index is written', async () => {
    const folder = outputFolder();
    const indexer = startIndexer(2);
    for (let number = 0; number < 4; number++)
      await indexer.add(`sops/page-${number}/index.html`, page(`Page ${number}`, 'text'), number % 2);
    const told: number[] = [];
    const reading = indexer.write(folder, (shard) => {
      told.push(shard);
      throw new Error(`part ${shard} could not be read`);
    });
    await expect(reading).rejects.toThrow('part 0 could not be read');
    // The index is still written whole; the next part is not read for a build that has failed.
    expect(told).toEqual([0]);
    expect(readdirSync(path.join(folder, searchShardFolder(1), 'fragment'))).toHaveLength(3);
  }, 60_000);

  it('crawls the folder when no page was handed to it, as Pagefind does for a site without SOPs', async () => {
    const folder = outputFolder();
    mkdirSync(path.join(folder, 'about'), { recursive: true });
    writeFileSync(path.join(folder, 'about', 'index.html'), page('About', 'a page found by the crawl'));
    const indexer = startIndexer();
    expect(await indexer.write(folder)).toEqual({ pages: 1 });
    expect(fragments(folder)).toHaveLength(1);
  }, 60_000);

  it('stops at once when the build fails, and a write after that says so instead of waiting', async () => {
    const folder = outputFolder();
    const indexer = startIndexer();
    await indexer.add('sops/a/index.html', page('A', 'text'));
    await closeIndexers();
    await expect(indexer.write(folder)).rejects.toThrow(/stopped before the index was written/);
  }, 60_000);

  it('fails instead of waiting forever when the Pagefind process stops with a request unanswered (a crash, the OOM killer)', async () => {
    const folder = outputFolder();
    // A "Pagefind" that leaves its first request in the pipe and exits without answering.
    const binary = path.join(folder, 'pagefind-that-dies');
    writeFileSync(binary, '#!/bin/sh\nsleep 0.2\nexit 3\n');
    chmodSync(binary, 0o755);
    const indexer = startIndexerWithPagefind(binary);
    await indexer.add('sops/a/index.html', page('A', 'text'));
    await expect(indexer.write(folder)).rejects.toThrow(/Pagefind's process stopped/);
  }, 20_000);
});

/** An indexer whose Pagefind is `binary` (Pagefind's API reads this variable; the thread copies the environment as it starts). */
function startIndexerWithPagefind(binary: string) {
  const previous = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = binary;
  try {
    return startIndexer();
  } finally {
    if (previous === undefined) delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    else process.env.PAGEFIND_EXTENDED_BINARY_PATH = previous;
  }
}
