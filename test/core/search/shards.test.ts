import { describe, expect, it } from 'vitest';
import { defaultPagesPerSearchShard, pageTokens, searchShardCount, searchShardFolder } from '../../../src/core/search/shards.ts';

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

  it("reads a page's words as Pagefind will: its text and images' alternative text, not its markup, scripts or styles", () => {
    const html =
      '<html><head><title>Refund &amp; Credits</title><style>.x{color:red}</style></head><body><main data-pagefind-body>' +
      '<h1 class="title">Chargeback follow-up</h1><p>Call the <b>bank</b>&nbsp;first.</p><img src="a.png" alt="Dispute form">' +
      '<script>const hidden = 1;</script></main></body></html>';
    expect([...pageTokens(html)].sort()).toEqual(
      ['&', 'bank', 'call', 'chargeback', 'credits', 'dispute', 'first.', 'follow-up', 'form', 'refund', 'the'].sort(),
    );
  });
});
