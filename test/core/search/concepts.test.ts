import { describe, expect, it } from 'vitest';
import { commonConcepts, sopConcepts, type ConceptSources } from '../../../src/core/search/concepts.ts';
import { thesaurusIndex } from '../../../src/core/search/synonyms.ts';

const index = thesaurusIndex([
  ['angry', 'yelling', 'emotionally charged'],
  ['refund', 'money back', 'reimbursement'],
  ['customer', 'client'],
  ['escalate', 'hand off'],
]);

const sop = (fields: Partial<ConceptSources>): ConceptSources => ({ title: '', aliases: [], summary: '', headings: [], ...fields });

describe('index-time synonyms for an SOP', () => {
  it("gives the title's and aliases' concepts strongly, multi-word terms included", () => {
    expect(sopConcepts(sop({ title: 'Emotionally charged tickets', aliases: ['Money back requests'] }), index)).toEqual({
      strong: ['angry', 'yelling', 'refund', 'reimbursement'],
      medium: [],
    });
  });

  it('gives the summary and headings concepts at medium strength, never repeating a strong one', () => {
    expect(
      sopConcepts(sop({ title: 'Refunds', summary: 'When a customer asks for a reimbursement', headings: ['Escalate to finance'] }), index),
    ).toEqual({ strong: ['money back'], medium: ['client', 'hand off'] });
  });

  it('leaves out terms the SOP already says and concepts common to many SOPs', () => {
    expect(sopConcepts(sop({ title: 'Angry customer', headings: ['When they are yelling'] }), index, new Set(['customer']))).toEqual({
      strong: ['emotionally charged'],
      medium: [],
    });
  });

  it('finds the concepts used by more than a tenth of the SOPs and by at least three, in any of their terms', () => {
    const sops = [
      sop({ title: 'Refunds for a customer' }),
      sop({ title: 'Customer calls' }),
      sop({ title: 'Emotionally charged tickets', summary: 'Calm a client' }),
      sop({ title: 'Hand off to engineering', headings: ['Customer context'] }),
    ];
    expect(commonConcepts(sops, index)).toEqual(new Set(['customer', 'client']));
    expect(commonConcepts(sops.slice(2), index)).toEqual(new Set());
  });
});
