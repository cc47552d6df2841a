import { describe, expect, it } from 'vitest';
import { supportThesaurus } from '../../../src/core/search/support-thesaurus.ts';
import {
  expandQuery,
  lightStem,
  mergeThesaurus,
  normaliseGroups,
  normaliseTerm,
  stemTerm,
  thesaurusIndex,
} from '../../../src/core/search/synonyms.ts';

describe('the shipped support thesaurus', () => {
  it('holds a few hundred groups of two or more terms that a query can match', () => {
    expect(supportThesaurus.length).toBeGreaterThanOrEqual(300);
    for (const group of supportThesaurus) {
      expect(group.length, group.join('|')).toBeGreaterThanOrEqual(2);
      for (const term of group) {
        expect(normaliseTerm(term), `${term} in ${group[0]}`).not.toBe('');
        expect(term, `${term} in ${group[0]}`).toBe(term.toLowerCase().trim());
      }
    }
  });

  it('never lists a term twice in a group, counting terms that search alike (`cancelled`, `cancelling`) as one', () => {
    for (const group of supportThesaurus) {
      const searched = group.map((term) => stemTerm(normaliseTerm(term)));
      expect(searched, group.join('|')).toEqual([...new Set(searched)]);
    }
  });

  it('keeps each term to at most three groups and no group a copy of another', () => {
    const groupsOf = new Map<string, string[]>();
    for (const group of supportThesaurus) {
      for (const term of new Set(group.map((entry) => stemTerm(normaliseTerm(entry)))))
        groupsOf.set(term, [...(groupsOf.get(term) ?? []), group[0]!]);
    }
    for (const [term, heads] of groupsOf) expect(heads.length, `${term}: ${heads.join(', ')}`).toBeLessThanOrEqual(3);
    const signatures = supportThesaurus.map((group) => group.map(normaliseTerm).sort().join('|'));
    expect(signatures.length).toBe(new Set(signatures).size);
  });

  it('knows what reps and customers call the usual problems', () => {
    const index = thesaurusIndex(normaliseGroups(supportThesaurus));
    const synonymsOf = (term: string) => expandQuery(term.split(' '), index)[0]?.alternatives;
    expect(synonymsOf('yelling')).toEqual(expect.arrayContaining(['angry', 'upset', 'emotionally charged']));
    expect(synonymsOf('money back')).toEqual(expect.arrayContaining(['refund']));
    expect(synonymsOf('2fa')).toEqual(expect.arrayContaining(['two factor', 'mfa', 'otp', 'authenticator']));
    expect(synonymsOf('down')).toEqual(expect.arrayContaining(['outage', 'incident', 'emergency']));
    expect(synonymsOf('gdpr')).toEqual(expect.arrayContaining(['right forgotten', 'personal data']));
  });
});

describe('synonym groups', () => {
  it('normalises terms to the words a query keeps', () => {
    expect(normaliseTerm('Money back!')).toBe('money back');
    expect(normaliseTerm('right to be forgotten')).toBe('right forgotten');
    expect(normaliseTerm('get in')).toBe('');
    expect(normaliseGroups([['Refund', 'refund', 'get in'], ['alone']])).toEqual([]);
  });

  it('extends a shipped group that shares a term, keeps others apart, and can drop the shipped ones', () => {
    const shipped = [
      ['refund', 'money back'],
      ['outage', 'down'],
    ];
    expect(
      mergeThesaurus(
        shipped,
        [
          ['refund', 'reembolso'],
          ['pto', 'paid time off'],
        ],
        { useDefaults: true },
      ),
    ).toEqual([
      ['refund', 'reembolso', 'money back'],
      ['outage', 'down'],
      ['pto', 'paid time off'],
    ]);
    expect(mergeThesaurus(shipped, [['pto', 'leave']], { useDefaults: false })).toEqual([['pto', 'leave']]);
  });

  it('stems only for look-ups', () => {
    expect(['refunds', 'refunded', 'refunding', 'policies', 'boxes', 'access', 'status'].map(lightStem)).toEqual([
      'refund',
      'refund',
      'refund',
      'policy',
      'box',
      'access',
      'status',
    ]);
    expect(['delete', 'deleted', 'deleting', 'deletes', 'restoring', 'restore', 'charges', 'free'].map(lightStem)).toEqual([
      'delet',
      'delet',
      'delet',
      'delet',
      'restor',
      'restor',
      'charg',
      'free',
    ]);
  });

  it("expands a query into slots, longest phrase first, without the rep's own term", () => {
    const index = thesaurusIndex([
      ['refund', 'money back', 'reimbursement'],
      ['customer', 'client'],
    ]);
    expect(expandQuery(['customers', 'money', 'back', 'today'], index)).toEqual([
      { own: 'customers', alternatives: ['client'] },
      { own: 'money back', alternatives: ['refund', 'reimbursement'] },
      { own: 'today', alternatives: [] },
    ]);
  });
});
