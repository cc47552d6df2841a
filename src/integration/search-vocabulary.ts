// Writes the search vocabulary beside the Pagefind index: every word the index holds (read back from
// Pagefind's own page fragments, so it is exactly what search can match) with its page count, and the
// synonym groups in force, within the gzipped size budget.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { documentFrequency, encodeVocabulary, mostFrequent, vocabularyBudget, vocabularyFile } from '../core/search/vocabulary.ts';
import { writeFileAtomic } from '../node/write-file-atomic.ts';
import { everyWordRecord, searchShardFolder } from '../core/search/shards.ts';

interface PagefindFragment {
  url?: string;
  content?: string;
  meta?: Record<string, string>;
}

/** Pagefind 1.x fragments: gzip of `pagefind_dcd` followed by the page as JSON. */
const fragmentSignature = 'pagefind_dcd';

/**
 * The text of every indexed page of one part of the index (src/core/search/shards.ts): its content and its title and
 * summary, without the record of every word each part holds. Read synchronously: Pagefind has just written the fragments,
 * so they are in memory, and each asynchronous read costs four round trips through Node's I/O threads. At 25,000 fragments
 * (10,000 SOPs and 15,000 macros) that was 1.6 to 2.3 s read 32 at a time, against 0.8 to 0.9 s so.
 */
function shardTexts(folder: string): string[] {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort();
  return names.flatMap((name) => {
    const raw = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8');
    if (!raw.startsWith(fragmentSignature)) throw new Error(`\`${name}\` is not a Pagefind fragment this version can read`);
    const fragment = JSON.parse(raw.slice(fragmentSignature.length)) as PagefindFragment;
    if (fragment.url === everyWordRecord.url) return [];
    return [[fragment.meta?.title, fragment.meta?.summary, fragment.content].filter(Boolean).join(' ')];
  });
}

interface VocabularySummary {
  /** Distinct words the index holds (letters only). */
  words: number;
  /** Words kept within the budget. */
  kept: number;
  bytes: number;
  gzipBytes: number;
}

/** The largest vocabulary, most frequent words first, whose file gzips within `budget` bytes. */
export function fitVocabulary(
  frequency: ReadonlyMap<string, number>,
  documents: number,
  synonyms: string[][],
  budget = vocabularyBudget,
): { text: string; kept: number } {
  const ranked = mostFrequent(frequency, frequency.size);
  const encode = (count: number) => encodeVocabulary(ranked.slice(0, count), documents, synonyms);
  const size = (text: string) => gzipSync(text, { level: 9 }).length;
  let text = encode(frequency.size);
  if (size(text) <= budget) return { text, kept: frequency.size };
  let low = 0;
  let high = frequency.size;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(encode(middle)) <= budget) low = middle;
    else high = middle - 1;
  }
  text = encode(low);
  return { text, kept: low };
}

export interface SearchVocabularyWriter {
  /** Reads the words of part `shard` of the index, once Pagefind has written it (while it writes the next). */
  readPart(shard: number): void;
  /** Reads the parts not read yet (`shards` in all, src/core/search/shards.ts) and writes the vocabulary. */
  write(synonyms: string[][], shards: number): Promise<VocabularySummary>;
}

/**
 * The vocabulary of the index in `outputDirectory`, read part by part: a page's words count in the part that holds it
 * only, so the counts add up to those of one index. At 10,000 SOPs and 15,000 macros the index is written in five parts
 * one after another, and each part read while Pagefind writes the next leaves one part's reading after the last.
 */
export function searchVocabularyWriter(outputDirectory: string): SearchVocabularyWriter {
  const frequency = new Map<string, number>();
  let documents = 0;
  const read = new Set<number>();
  const readPart = (shard: number) => {
    if (read.has(shard)) return;
    const texts = shardTexts(path.join(outputDirectory, searchShardFolder(shard), 'fragment'));
    const counts = documentFrequency(texts);
    // Marked read only once counted: a part that could not be read is read again by `write`, which then says why.
    read.add(shard);
    documents += texts.length;
    for (const [word, count] of counts) frequency.set(word, (frequency.get(word) ?? 0) + count);
  };
  return {
    readPart,
    async write(synonyms, shards) {
      for (let shard = 0; shard < shards; shard++) readPart(shard);
      const { text, kept } = fitVocabulary(frequency, documents, synonyms);
      await writeFileAtomic(path.join(outputDirectory, vocabularyFile), text, { overwrite: true });
      return { words: frequency.size, kept, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
    },
  };
}
