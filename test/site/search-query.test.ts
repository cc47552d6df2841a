import { describe, expect, it } from 'vitest';
import {
  keyWords,
  loadResults,
  queryWords,
  searchWithFallback,
  wordStart,
  type PagefindHit,
  type PagefindSearch,
} from '../../src/site/client/search-query.ts';
import { thesaurusIndex } from '../../src/core/search/synonyms.ts';
import { decodeVocabulary, documentFrequency, encodeVocabulary, mostFrequent } from '../../src/core/search/vocabulary.ts';

interface FakePage {
  url: string;
  title: string;
  text: string;
  retired?: boolean;
}

/**
 * A stand-in for Pagefind with the two rules that matter here, as Pagefind 1.6 behaves: a word no page
 * holds is dropped, and a page matches only if it holds every remaining word (as a prefix).
 */
function fakePagefind(pages: FakePage[]): PagefindSearch & { asked: Array<string | null> } {
  const asked: Array<string | null> = [];
  const wordsOf = (page: FakePage) => queryWords(`${page.title} ${page.text}`);
  const indexed = (word: string) => pages.some((page) => wordsOf(page).some((candidate) => candidate.startsWith(word)));
  return {
    asked,
    async search(term) {
      asked.push(term);
      const words = term === null ? [] : queryWords(term).filter(indexed);
      if (term !== null && words.length === 0) return { results: [] };
      const results: PagefindHit[] = [];
      for (const page of pages) {
        const pageWords = wordsOf(page);
        const counts = words.map((word) => pageWords.filter((candidate) => candidate.startsWith(word)).length);
        if (counts.some((count) => count === 0)) continue;
        results.push({
          id: page.url,
          score: counts.reduce((sum, count) => sum + count, 0),
          data: async () => ({ url: page.url, excerpt: '', meta: { title: page.title, rank: page.retired ? '1' : '0' } }),
        });
      }
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
}

const pages: FakePage[] = [
  { url: '/sops/refunds/', title: 'Refunds and credits', text: 'refund the charge in stripe after checking the policy' },
  { url: '/sops/chargebacks/', title: 'Chargeback disputes', text: 'a bank dispute is open, do not refund' },
  { url: '/sops/old-refunds/', title: 'Refunds (old process)', text: 'refund by cheque', retired: true },
  { url: '/sops/login/', title: 'Account recovery', text: 'customer cannot log in after losing the two-factor device' },
];

describe('search that never dead-ends', () => {
  it('ranks the pages holding every word first when they match each word well, partial matches after them', async () => {
    const many = Array.from({ length: 5 }, (_, index) => ({
      url: `/sops/refunds-${index}/`,
      title: `Refunds ${index}`,
      text: 'refund in stripe',
    }));
    const pagefind = fakePagefind([...many, ...pages]);
    const outcome = await searchWithFallback(pagefind, 'refund stripe');
    expect(outcome.kind).toBe('all');
    expect(outcome.hits.map((hit) => hit.matched)).toEqual([2, 2, 2, 2, 2, 2, 1, 1]);
    expect(outcome.hits.slice(6).map((hit) => hit.hit.id)).toEqual(['/sops/old-refunds/', '/sops/chargebacks/']);
    expect(pagefind.asked).toEqual(['refund stripe', 'refund', 'stripe']);
  });

  it('adds the best partial matches after a few whole-query matches', async () => {
    const outcome = await searchWithFallback(fakePagefind(pages), 'refund stripe');
    expect(outcome.kind).toBe('all');
    expect(outcome.hits.map((hit) => [hit.hit.id, hit.matched])).toEqual([
      ['/sops/refunds/', 2],
      ['/sops/old-refunds/', 1],
      ['/sops/chargebacks/', 1],
    ]);
  });

  it('ranks the SOP that says the rarest word strongly above pages that say every word once', async () => {
    const filler = Array.from({ length: 5 }, (_, index) => ({
      url: `/sops/other-${index}/`,
      title: `Other ${index}`,
      text: 'the customer asked, with no permission, about code to copy',
    }));
    const common = Array.from({ length: 10 }, (_, index) => ({
      url: `/sops/common-${index}/`,
      title: `Common ${index}`,
      text: 'code and permission',
    }));
    const dmca: FakePage = { url: '/sops/dmca/', title: 'DMCA', text: 'copy, copyright, copying and copied code: a takedown' };
    const outcome = await searchWithFallback(
      fakePagefind([...filler, ...common, dmca]),
      'someone wants to copy my code without permission',
    );
    expect(outcome.hits[0]?.hit.id).toBe('/sops/dmca/');
  });

  it('searches for the words that carry meaning, without filler', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await searchWithFallback(pagefind, 'how do I refund in stripe');
    expect(outcome.kind).toBe('all');
    expect(outcome.words).toEqual(['refund', 'stripe']);
    expect(outcome.hits[0]?.hit.id).toBe('/sops/refunds/');
    expect(pagefind.asked).toEqual(['refund stripe', 'refund', 'stripe']);
  });

  it('ranks pages matching more of the words first when no page matches them all', async () => {
    const outcome = await searchWithFallback(fakePagefind(pages), 'cheque dispute refund');
    expect(outcome).toMatchObject({ kind: 'some', missing: [] });
    expect(outcome.hits.map((hit) => [hit.hit.id, hit.matched])).toEqual([
      ['/sops/old-refunds/', 2],
      ['/sops/chargebacks/', 2],
      ['/sops/refunds/', 1],
    ]);
  });

  it('names the words that no page holds, which Pagefind would drop without a word', async () => {
    const outcome = await searchWithFallback(fakePagefind(pages), 'refund dispute flibbertigibbet');
    expect(outcome).toMatchObject({ kind: 'some', missing: ['flibbertigibbet'] });
    expect(outcome.hits[0]?.hit.id).toBe('/sops/chargebacks/');
  });

  it('finds pages by the start of a misspelt word', async () => {
    const outcome = await searchWithFallback(fakePagefind(pages), 'refnud');
    expect(outcome.kind).toBe('close');
    expect(outcome.words).toEqual(['ref']);
    expect(outcome.hits.map((hit) => hit.hit.id)).toContain('/sops/refunds/');
  });

  it('says so when nothing matches at all', async () => {
    const outcome = await searchWithFallback(fakePagefind(pages), 'xylophone zebra');
    expect(outcome).toEqual({ kind: 'none', hits: [], words: ['xylophone', 'zebra'], missing: ['xylophone', 'zebra'] });
  });

  it('browses by filters alone when there are no words', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await searchWithFallback(pagefind, '   ', { category: 'Billing' });
    expect(outcome.kind).toBe('browse');
    expect(pagefind.asked).toEqual([null]);
  });

  it('does not search for an empty query without filters', async () => {
    const pagefind = fakePagefind(pages);
    expect((await searchWithFallback(pagefind, '')).kind).toBe('none');
    expect(pagefind.asked).toEqual([]);
  });

  it('puts retired SOPs after the others, keeping relevance order within each', async () => {
    const outcome = await searchWithFallback(fakePagefind(pages), 'refund');
    const results = await loadResults(outcome, 10);
    expect(outcome.hits.map((hit) => hit.hit.id)).toEqual(['/sops/refunds/', '/sops/old-refunds/', '/sops/chargebacks/']);
    expect(results.map((result) => result.url)).toEqual(['/sops/refunds/', '/sops/chargebacks/', '/sops/old-refunds/']);
    expect(results.at(-1)).toMatchObject({ url: '/sops/old-refunds/', retired: true });
  });

  it('names the section where most words matched and quotes it, but links to the top of the page', async () => {
    const hit: PagefindHit = {
      id: 'handbook',
      score: 1,
      data: async () => ({
        url: '/sops/handbook/',
        excerpt: '',
        meta: { title: 'Handbook' },
        sub_results: [
          { title: 'Handbook', url: '/sops/handbook/', locations: [1], excerpt: 'Handbook' },
          {
            title: 'Partial refunds',
            url: '/sops/handbook/#partial-refunds',
            locations: [40, 42, 47],
            excerpt: 'a partial <mark>refund</mark> of unused months',
          },
        ],
      }),
    };
    const [result] = await loadResults({ kind: 'all', hits: [{ hit, matched: 1, score: 1 }], words: ['refund'], missing: [] }, 10);
    expect(result).toMatchObject({
      url: '/sops/handbook/',
      section: 'Partial refunds',
      excerpt: 'a partial <mark>refund</mark> of unused months',
    });
  });
});

it("never quotes an SOP's hidden search text: the best section below its top, or no excerpt", async () => {
  const sections = [
    { title: 'Refunds', url: '/sops/refunds/', locations: [3, 4, 5, 6], excerpt: '<mark>money</mark> back; reimburse; repay' },
    { title: 'Scope', url: '/sops/refunds/#scope', locations: [30], excerpt: 'requests for <mark>money</mark> back' },
  ];
  const hit = (subResults: typeof sections): PagefindHit => ({
    id: 'refunds',
    score: 1,
    data: async () => ({
      url: '/sops/refunds/',
      excerpt: '<mark>money</mark> back; reimburse; repay',
      meta: { title: 'Refunds', sop: 'refunds', version: '1.0.0' },
      sub_results: subResults,
    }),
  });
  const outcome = (subResults: typeof sections) => ({
    kind: 'all' as const,
    hits: [{ hit: hit(subResults), matched: 1, score: 1 }],
    words: ['money'],
    missing: [],
  });
  expect(await loadResults(outcome(sections), 10)).toMatchObject([{ section: 'Scope', excerpt: 'requests for <mark>money</mark> back' }]);
  expect(await loadResults(outcome(sections.slice(0, 1)), 10)).toMatchObject([{ section: undefined, excerpt: '' }]);
});

describe('query words', () => {
  it('splits on anything but letters and digits, lower-cased and once each', () => {
    expect(queryWords('Two-factor reset, two FACTOR!')).toEqual(['two', 'factor', 'reset']);
  });

  it('keeps the words that carry meaning', () => {
    expect(keyWords(['how', 'do', 'i', 'reset', 'a', '2fa'])).toEqual(['reset', '2fa']);
    expect(keyWords(['how', 'to'])).toEqual(['how', 'to']);
  });

  it('shortens only longer words', () => {
    expect(wordStart('chargebak')).toBe('char');
    expect(wordStart('refnud')).toBe('ref');
    expect(wordStart('sso')).toBeUndefined();
  });
});

describe('search that forgives typos and speaks support', () => {
  const support: FakePage[] = [
    ...pages,
    { url: '/sops/tone/', title: 'Voice and tone', text: 'an emotionally charged ticket: stay calm, the customer is upset' },
    { url: '/sops/intake/', title: 'Ticket intake', text: 'every customer ticket is read and routed' },
  ];
  const frequency = documentFrequency(support.map((page) => `${page.title} ${page.text}`));
  const vocabulary = decodeVocabulary(encodeVocabulary(mostFrequent(frequency, frequency.size), support.length, []));
  const synonyms = thesaurusIndex([['angry', 'upset', 'yelling', 'emotionally charged']]);

  it('searches the corrected query and says what it corrected', async () => {
    const pagefind = fakePagefind(support);
    const outcome = await searchWithFallback(pagefind, 'custmer lost two-factr devise', {}, { vocabulary });
    expect(outcome.corrected).toEqual({ query: 'customer lost two-factor device', original: 'custmer lost two-factr devise' });
    expect(outcome.words).toEqual(['customer', 'lost', 'two', 'factor', 'device']);
    expect(outcome.hits[0]?.hit.id).toBe('/sops/login/');
    expect(pagefind.asked[0]).toBe('customer lost two factor device');
  });

  it('searches the words as typed when asked to', async () => {
    const outcome = await searchWithFallback(fakePagefind(support), 'refnud', {}, { vocabulary, correct: false });
    expect(outcome.corrected).toBeUndefined();
    expect(outcome.kind).toBe('close');
  });

  it('leaves a query the index holds alone', async () => {
    const outcome = await searchWithFallback(fakePagefind(support), 'refund stripe', {}, { vocabulary });
    expect(outcome.corrected).toBeUndefined();
  });

  it('never comes back empty while Pagefind matches a page: codes, and words a vocabulary cut to its budget lacks', async () => {
    const withCode = [...support, { url: '/sops/errors/', title: 'Error pages', text: 'a 404 or a 502 from the api behind sso' }];
    const code = await searchWithFallback(fakePagefind(withCode), '502', {}, { vocabulary });
    expect(code.hits.map((hit) => hit.hit.id)).toEqual(['/sops/errors/']);

    const small = decodeVocabulary(encodeVocabulary(mostFrequent(frequency, 5), support.length, []));
    const short = await searchWithFallback(fakePagefind(withCode), 'api sso', {}, { vocabulary: small });
    expect(short).toMatchObject({ kind: 'close', missing: ['api', 'sso'] });
    expect(short.hits.map((hit) => hit.hit.id)).toEqual(['/sops/errors/']);
  });

  it("finds the page that says it in other words, and puts the rep's own word first", async () => {
    const pagefind = fakePagefind(support);
    const outcome = await searchWithFallback(pagefind, 'customer is yelling', {}, { vocabulary, synonyms });
    expect(outcome.hits[0]?.hit.id).toBe('/sops/tone/');
    expect(outcome.missing).toEqual([]);
    expect(pagefind.asked).toEqual(expect.arrayContaining(['upset', 'emotionally charged']));
    // No page says `angry`: Pagefind would answer it with loose matches, so it is not searched.
    expect(pagefind.asked).not.toContain('angry');

    const own = await searchWithFallback(
      fakePagefind([...support, { url: '/sops/yelling/', title: 'Yelling', text: 'when a customer is yelling' }]),
      'yelling',
      {},
      { synonyms },
    );
    expect(own.hits.map((hit) => hit.hit.id)).toEqual(['/sops/yelling/', '/sops/tone/']);
  });
});
