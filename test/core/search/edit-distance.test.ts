import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/search/edit-distance.ts';

describe('Damerau–Levenshtein distance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('refnud', 'refund')).toBe(1);
    expect(editDistance('reveiw', 'review')).toBe(1);
  });

  it('counts inserts, deletes and substitutions', () => {
    expect(editDistance('custmer', 'customer')).toBe(1);
    expect(editDistance('triagee', 'triage')).toBe(1);
    expect(editDistance('devise', 'device')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops at the cut-off and answers one more than it', () => {
    expect(editDistance('refund', 'outage', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('paswrod', 'password', 2)).toBe(2);
  });
});
