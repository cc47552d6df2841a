import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeVocabulary,
  documentFrequency,
  encodeVocabulary,
  holdsWord,
  mostFrequent,
  vocabularyBudget,
} from '../../../src/core/search/vocabulary.ts';
import { queryWords } from '../../../src/core/search/words.ts';
import { fitVocabulary } from '../../../src/integration/search-vocabulary.ts';

describe('the search vocabulary', () => {
  it('counts the pages holding each word, once per page, letters-only words of two letters or more', () => {
    const frequency = documentFrequency(['Refund the refund', 'Refund a 2FA reset on page 404', 'Reset']);
    expect(Object.fromEntries(frequency)).toEqual({ refund: 2, the: 1, reset: 2, on: 1, page: 1 });
  });

  it('round-trips through its compact file, words grouped by how many pages hold them', () => {
    const text = encodeVocabulary(
      [
        ['refund', 3],
        ['reset', 3],
        ['outage', 1],
      ],
      4,
      [['refund', 'money back']],
    );
    expect(JSON.parse(text)).toEqual({
      format: 1,
      documents: 4,
      words: [
        [3, 'refund reset'],
        [1, 'outage'],
      ],
      synonyms: [['refund', 'money back']],
    });
    const vocabulary = decodeVocabulary(text);
    expect(vocabulary.words).toEqual(['outage', 'refund', 'reset']);
    expect(vocabulary.frequency.get('reset')).toBe(3);
    expect(vocabulary.synonyms).toEqual([['refund', 'money back']]);
  });

  it('refuses a file that is not a vocabulary', () => {
    expect(() => decodeVocabulary('{"format":2}')).toThrow('not a search vocabulary');
  });

  it('knows the words it holds and the beginnings of them', () => {
    const vocabulary = decodeVocabulary(
      encodeVocabulary(
        [
          ['chargeback', 2],
          ['charge', 5],
        ],
        5,
        [],
      ),
    );
    expect(['charge', 'chargeb', 'chargeback', 'char'].map((word) => holdsWord(vocabulary, word))).toEqual([true, true, true, true]);
    expect(['chargebacks', 'refund', 'd'].map((word) => holdsWord(vocabulary, word))).toEqual([false, false, false]);
  });

  it('keeps the most frequent words first when a budget cuts it', () => {
    expect(
      mostFrequent(
        new Map([
          ['b', 1],
          ['a', 1],
          ['c', 5],
        ]),
        2,
      ),
    ).toEqual([
      ['c', 5],
      ['a', 1],
    ]);
  });

  it('stays within 60 KB gzipped for 1,000 SOPs, dropping the rarest words first', () => {
    // A worst case for size: 1,000 SOPs of 900 words over a 120,000-word vocabulary with a long tail.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const lexicon = Array.from({ length: 120_000 }, () =>
      Array.from({ length: 4 + Math.floor(random() * 9) }, () => letters[Math.floor(random() * 26)]).join(''),
    );
    const pages = Array.from({ length: 1000 }, () =>
      Array.from({ length: 900 }, () => lexicon[Math.floor(lexicon.length * random() ** 3)]).join(' '),
    );
    const frequency = documentFrequency(pages);
    const { text, kept } = fitVocabulary(frequency, pages.length, []);
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(vocabularyBudget);
    expect(kept).toBeLessThan(frequency.size);
    const vocabulary = decodeVocabulary(text);
    const commonest = mostFrequent(frequency, 1)[0]![0];
    expect(vocabulary.frequency.has(commonest)).toBe(true);
  });
});

describe('the word counts', () => {
  it('keep no page text alive through the words they count', () => {
    // Forced collections, so that what is measured is what is still reachable.
    v8.setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    // 30 pages of about 300 KB each, every one with a word of its own long enough for V8 to cut it as a slice.
    const letters = (number: number) => String(100 + number).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!);
    const page = (number: number) => `${'the same words on every page '.repeat(10_000)} escalationreview${letters(number)}`;
    const grown = (count: (texts: string[]) => unknown) => {
      collect();
      const before = process.memoryUsage().heapUsed;
      const kept = Array.from({ length: 30 }, (_, number) => count([page(number)]));
      collect();
      const growth = process.memoryUsage().heapUsed - before;
      expect(kept).toHaveLength(30);
      return growth;
    };
    // The control: the words as `queryWords` cuts them, kept, hold the pages' text.
    expect(grown((texts) => queryWords(texts[0]!))).toBeGreaterThan(6 * 2 ** 20);
    expect(grown((texts) => documentFrequency(texts))).toBeLessThan(3 * 2 ** 20);
  });
});
