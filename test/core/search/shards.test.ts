import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  dealSearchPages,
  EveryWordList,
  defaultPagesPerSearchShard,
  mostSearchShards,
  pageTokens,
  searchShardCount,
  searchShardFolder,
} from '../../../src/core/search/shards.ts';

describe('the search index in parts', () => {
  it('keeps one index up to the pages a part holds, then parts of about that many pages', () => {
    expect(searchShardCount(0)).toBe(1);
    expect(searchShardCount(2_500)).toBe(1);
    expect(searchShardCount(defaultPagesPerSearchShard)).toBe(1);
    expect(searchShardCount(defaultPagesPerSearchShard + 1)).toBe(2);
    expect(searchShardCount(25_000)).toBe(5);
    expect(searchShardCount(25_001)).toBe(6);
    expect(searchShardCount(41, 10)).toBe(5);
    expect(searchShardCount(10, 10)).toBe(1);
  });

  it('puts the first part where the search box loads Pagefind from, the others inside it', () => {
    expect(searchShardFolder(0)).toBe('pagefind/');
    expect(searchShardFolder(1)).toBe('pagefind/shards/1/');
    expect(searchShardFolder(12)).toBe('pagefind/shards/12/');
  });

  it("reads a page's words as Pagefind may: text, metadata and alt text, references decoded, inline tags joined or not", () => {
    const html =
      '<html><head><title>Refund &amp; Credits</title><style>.x{color:red}</style></head><body><main data-pagefind-body>' +
      '<span data-pagefind-meta="sop:ticket-intake"></span><h1>Chargeback follow-up</h1><p>Do n<i>o</i>t read the ' +
      'T&#x26;Cs to the <b>bank</b>&nbsp;first.</p><img src="a.png" alt="Dispute form"><script>const hidden = 1;</script>' +
      '</main></body></html>';
    const tokens = pageTokens(html);
    for (const word of [
      'refund',
      '&',
      'credits',
      'chargeback',
      'follow-up',
      'not',
      'n',
      't&cs',
      'bank',
      'first.',
      'dispute',
      'ticket-intake',
    ])
      expect(tokens, word).toContain(word);
    for (const word of ['hidden', 'const', '.x{color:red}', 'sop:ticket-intake', 'a.png']) expect(tokens, word).not.toContain(word);
  });

  it('lists every word of the pages read, each once, sorted', () => {
    const list = new EveryWordList();
    list.addPage('<main><h1>Refund policy</h1><p>Refund the <b>card</b> first.</p></main>');
    list.addPage('<main><p>Escalate a refund</p></main>');
    expect(list.size).toBe(7);
    expect(list.text()).toBe('a card escalate first. policy refund the');
  });

  it('keeps no page text alive through the words it keeps', () => {
    // Forced collections, so that what is measured is what is still reachable.
    v8.setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const list = new EveryWordList();
    // 30 pages of about 300 KB of text each, every one with a word of its own long enough for V8 to cut it as a slice.
    const page = (number: number) =>
      `<main><p>${'the same words on every page '.repeat(10_000)}ticket-number-${100_000 + number}</p></main>`;
    const grown = (keep: (html: string) => void) => {
      collect();
      const before = process.memoryUsage().heapUsed;
      for (let number = 0; number < 30; number++) keep(page(number));
      collect();
      return process.memoryUsage().heapUsed - before;
    };
    // The control: the words as `pageTokens` cuts them, kept in a plain set, hold the pages' text.
    const slices = new Set<string>();
    expect(grown((html) => pageTokens(html).forEach((word) => slices.add(word)))).toBeGreaterThan(12 * 2 ** 20);
    slices.clear();
    expect(grown((html) => list.addPage(html))).toBeLessThan(6 * 2 ** 20);
    expect(list.size).toBe(36);
  });

  it('lists a word with a lone surrogate as Pagefind reads it', () => {
    const list = new EveryWordList();
    list.addPage('<main><p>odd&#xD800;word here</p></main>');
    expect(list.text()).toBe([...pageTokens('<main><p>odd&#xD800;word here</p></main>')].sort().join(' '));
    expect(list.text()).toContain('odd\uD800word');
  });

  it('deals the pages in turn in the order browsing lists them, compared byte by byte as Pagefind compares them', () => {
    const pages = [
      { file: 'sops/b/index.html', order: '0 banana' },
      { file: 'macros/a/index.html', order: '0 apple' },
      { file: 'sops/z/index.html', order: '1 zebra (retired)' },
      { file: 'sops/e/index.html', order: '0 éclair' },
      { file: 'macros/c/index.html', order: '0 cherry' },
      { file: 'macros/c2/index.html', order: '0 cherry' },
    ];
    // By rank: apple, banana, cherry (macros/c), cherry (macros/c2), éclair (é after every ASCII letter), then retired.
    expect(Object.fromEntries(dealSearchPages(pages, 2))).toEqual({
      'macros/a/index.html': 0,
      'sops/b/index.html': 1,
      'macros/c/index.html': 0,
      'macros/c2/index.html': 1,
      'sops/e/index.html': 0,
      'sops/z/index.html': 1,
    });
  });

  it('writes at most 32 parts, whatever the pages a part should hold', () => {
    expect(searchShardCount(1_000_000, 10)).toBe(mostSearchShards);
    expect(mostSearchShards).toBe(32);
  });
});
