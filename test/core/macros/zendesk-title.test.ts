import { describe, expect, it } from 'vitest';
import type { Category } from '../../../schemas/index.ts';
import { splitZendeskTitle, zendeskTitleFor } from '../../../src/core/macros/zendesk-title.ts';

const categories: Category[] = [
  { id: 'billing', name: 'Billing and payments', tags: ['refund', 'failed-charge'] },
  { id: 'account', name: 'Account' },
];

describe('splitZendeskTitle', () => {
  it.each([
    ['Billing::Refund::Refund approved', { title: 'Refund approved', category: 'billing', tags: ['refund'] }],
    ['billing and payments :: Failed charge :: Card declined', { title: 'Card declined', category: 'billing', tags: ['failed-charge'] }],
    ['Billing::Refunds::Approved', { title: 'Approved', category: 'billing', tags: [] }],
    ['ACCOUNT::Refund::Password reset', { title: 'Password reset', category: 'account', tags: [] }],
    ['Legacy::Refund::Old reply', { title: 'Old reply', category: 'billing', tags: ['refund'] }],
    ['Plain title', { title: 'Plain title', category: 'billing', tags: [] }],
  ])('maps `%s` to a category, tags the category lists, and the last folder as title', (title, expected) => {
    expect(splitZendeskTitle(title, categories, 'billing')).toEqual(expected);
  });

  it('uses the fallback category when the first folder names none', () => {
    expect(splitZendeskTitle('Legacy::Thanks', categories, 'account')).toEqual({ title: 'Thanks', category: 'account', tags: [] });
  });
});

describe('zendeskTitleFor', () => {
  it('gives back the Zendesk title as imported while it still maps to the same macro', () => {
    const parts = splitZendeskTitle('Billing::Refunds::Approved', categories, 'account');
    expect(zendeskTitleFor(parts, 'Billing::Refunds::Approved', categories)).toBe('Billing::Refunds::Approved');
  });

  it('rebuilds the title from category name and tags after a local change or for a macro written in the registry', () => {
    expect(zendeskTitleFor({ title: 'Approved', category: 'account', tags: [] }, 'Billing::Refunds::Approved', categories)).toBe(
      'Account::Approved',
    );
    expect(zendeskTitleFor({ title: 'Refund approved', category: 'billing', tags: ['refund'] }, undefined, categories)).toBe(
      'Billing and payments::refund::Refund approved',
    );
  });
});
