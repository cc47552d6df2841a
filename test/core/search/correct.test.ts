import { describe, expect, it } from 'vitest';
import { correctWord, correctWords, editBudget, rewriteQuery } from '../../../src/core/search/correct.ts';
import { decodeVocabulary, documentFrequency, encodeVocabulary, mostFrequent } from '../../../src/core/search/vocabulary.ts';

const pages = [
  'Account recovery: a customer lost the two-factor device; verify identity before any reset.',
  'Refunds and service credits: refund the customer within 14 days, or credit the account.',
  'Outage communication: update the status page, link tickets to the incident.',
  'Copyright takedown notice: forward the notice to legal; the customer is told within a day.',
  'Status of a refund: customers ask where their refund is; the status shows in Stripe.',
  'Stays and holidays: the team stays on call over holidays.',
];
const frequency = documentFrequency(pages);
const vocabulary = decodeVocabulary(encodeVocabulary(mostFrequent(frequency, frequency.size), pages.length, []));

describe('typo correction against the playbook vocabulary', () => {
  it('corrects the words of a rep typing fast to the nearest word the index holds', () => {
    expect(correctWords(['custmer', 'lost', '2fa', 'devise'], vocabulary)).toEqual(
      new Map([
        ['custmer', 'customer'],
        ['devise', 'device'],
      ]),
    );
    expect(correctWord('copyrigt', vocabulary)).toBe('copyright');
    expect(correctWord('takedwon', vocabulary)).toBe('takedown');
    expect(correctWord('refnud', vocabulary)).toBe('refund');
  });

  it('never corrects a word the index holds, a word starting one, or one whose stem it holds', () => {
    expect(correctWord('refund', vocabulary)).toBeUndefined();
    expect(correctWord('cust', vocabulary)).toBeUndefined();
    expect(correctWord('refunding', vocabulary)).toBeUndefined();
  });

  it('leaves numbers, ids and words of three letters or fewer as typed', () => {
    expect(correctWord('2fa', vocabulary)).toBeUndefined();
    expect(correctWord('inc4512', vocabulary)).toBeUndefined();
    expect(correctWord('14', vocabulary)).toBeUndefined();
    expect(correctWord('sso', vocabulary)).toBeUndefined();
  });

  it('allows more edits for longer words', () => {
    expect([3, 4, 5, 6, 11, 12].map(editBudget)).toEqual([0, 1, 1, 2, 2, 3]);
    expect(correctWord('outg', vocabulary)).toBeUndefined();
    expect(correctWord('acountrecovry', vocabulary)).toBeUndefined();
  });

  it('prefers a slip that keeps the letters over another word at the same distance', () => {
    // `staus` is one edit from both `status` and `stays`; a dropped letter is the likelier slip.
    expect(correctWord('staus', vocabulary)).toBe('status');
  });

  it('returns nothing when no word is near enough', () => {
    expect(correctWord('xylophone', vocabulary)).toBeUndefined();
  });

  it('rewrites the query as typed with the corrected words swapped in', () => {
    const corrections = new Map([
      ['custmer', 'customer'],
      ['devise', 'device'],
    ]);
    expect(rewriteQuery('  Custmer lost 2FA devise ', corrections)).toBe('customer lost 2FA device');
  });
});
