// The search vocabulary read part by part, each part as soon as Pagefind has written it: the same file as the whole index
// read at the end, whichever parts were read early.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchablePage } from '../helpers/searchable-page.ts';
import { vocabularyFile } from '../../src/core/search/vocabulary.ts';
import { closeIndexers, startIndexer } from '../../src/integration/pagefind-indexer.ts';
import { searchVocabularyWriter } from '../../src/integration/search-vocabulary.ts';

const page = searchablePage;

// Folders go with the run's temporary folder (test/helpers/temp-root.ts); a failed test's Pagefind must not outlive it.
afterEach(closeIndexers);

const words = ['refund', 'invoice', 'outage', 'password', 'chargeback', 'escalate', 'verify', 'apology'];

const newFolder = () => mkdtempSync(path.join(tmpdir(), 'sop-vocabulary-'));

/** An index of 24 pages in `parts` parts, each page with its own mix of words; `partWritten` as the build passes it. */
async function writeIndex(folder: string, parts: number, partWritten?: (shard: number) => void): Promise<void> {
  const indexer = startIndexer(parts);
  for (let number = 0; number < 24; number++) {
    const body = words.filter((_, index) => (number + 1) % (index + 2) === 0).join(' ');
    await indexer.add(`sops/page-${number}/index.html`, page(`Page ${number}`, `${body} wombat`), number % parts);
  }
  await indexer.write(folder, partWritten);
}

const synonyms = [['refund', 'chargeback']];
const vocabularyIn = (folder: string) => readFileSync(path.join(folder, vocabularyFile), 'utf8');

describe('the search vocabulary of an index in parts', () => {
  it('reads each part as it is written and writes what reading every part at the end writes, and what one index gives', async () => {
    const inParts = newFolder();
    const early = searchVocabularyWriter(inParts);
    const read: number[] = [];
    await writeIndex(inParts, 3, (shard) => {
      read.push(shard);
      early.readPart(shard);
    });
    expect(read).toEqual([0, 1, 2]);
    const earlySummary = await early.write(synonyms, 3);
    const earlyText = vocabularyIn(inParts);
    expect(JSON.parse(earlyText)).toMatchObject({ documents: 24 });

    const late = await searchVocabularyWriter(inParts).write(synonyms, 3);
    expect(vocabularyIn(inParts)).toBe(earlyText);
    expect(late).toEqual(earlySummary);

    const whole = newFolder();
    await writeIndex(whole, 1);
    await searchVocabularyWriter(whole).write(synonyms, 1);
    expect(vocabularyIn(whole)).toBe(earlyText);
  }, 60_000);

  it('reads a part once, however often it is told of it', async () => {
    const folder = newFolder();
    await writeIndex(folder, 2);
    const writer = searchVocabularyWriter(folder);
    writer.readPart(1);
    writer.readPart(1);
    await writer.write(synonyms, 2);
    expect(JSON.parse(vocabularyIn(folder))).toMatchObject({ documents: 24 });
  }, 60_000);
});
