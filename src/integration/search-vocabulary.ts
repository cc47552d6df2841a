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
 * The text of every indexed page: its content and its title and summary. Read synchronously: Pagefind has just written
 * the fragments, so they are in memory, and each asynchronous read costs four round trips through Node's I/O threads. At
 * 25,000 fragments (10,000 SOPs and 15,000 macros) that was 1.6 to 2.3 s read 32 at a time, against 0.8 to 0.9 s so.
 */
function indexedTexts(outputDirectory: string, shards: number): string[] {
  return Array.from({ length: shards }, (_, shard) => shardTexts(path.join(outputDirectory, searchShardFolder(shard), 'fragment'))).flat();
}

/** The pages of one part of the index (src/core/search/shards.ts), without the record of every word each part holds. */
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

export interface VocabularySummary {
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

/** `shards`: the parts the index was written in (src/core/search/shards.ts). */
export async function writeSearchVocabulary(outputDirectory: string, synonyms: string[][], shards = 1): Promise<VocabularySummary> {
  const texts = indexedTexts(outputDirectory, shards);
  const frequency = documentFrequency(texts);
  const { text, kept } = fitVocabulary(frequency, texts.length, synonyms);
  await writeFileAtomic(path.join(outputDirectory, vocabularyFile), text, { overwrite: true });
  return { words: frequency.size, kept, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
}
