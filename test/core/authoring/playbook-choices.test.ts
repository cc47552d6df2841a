import { describe, expect, it } from 'vitest';
import { categoryForHints, teamForTier } from '../../../src/core/authoring/playbook-choices.ts';

const teams = [
  { id: 'support-frontline', name: 'Frontline support (Tier 1)', members: [] },
  { id: 'support-engineering', name: 'Support engineering', members: [] },
  { id: 'support-l2', name: 'Escalations desk', members: [] },
];

describe('teamForTier', () => {
  it('finds the team whose name contains the tier name or a part of it', () => {
    expect(teamForTier({ id: 'l1', name: 'Tier 1' }, teams)?.id).toBe('support-frontline');
    expect(teamForTier({ id: 'l3', name: 'Tier 3 / Support engineering' }, teams)?.id).toBe('support-engineering');
  });

  it('falls back to a team whose id contains the tier id, and to nothing', () => {
    expect(teamForTier({ id: 'l2', name: 'Tier 2' }, teams)?.id).toBe('support-l2');
    expect(teamForTier({ id: 'mgmt', name: 'Management' }, teams)).toBeUndefined();
  });

  it('does not take a word inside another word for the tier name', () => {
    expect(teamForTier({ id: 'l1', name: 'Tier 1' }, [{ id: 'x', name: 'Tier 12 escalations', members: [] }])).toBeUndefined();
  });
});

describe('categoryForHints', () => {
  const categories = [
    { id: 'general', name: 'General' },
    { id: 'accounts-vip', name: 'VIP accounts' },
    { id: 'money', name: 'Billing and payments' },
  ];

  it('prefers an exact id, then a part of an id, then a word of the name, in the order of the hints', () => {
    expect(categoryForHints(['vip', 'general'], categories)?.id).toBe('accounts-vip');
    expect(categoryForHints(['billing'], categories)?.id).toBe('money');
    expect(categoryForHints(['general', 'vip'], categories)?.id).toBe('general');
    expect(categoryForHints(['refunds'], categories)).toBeUndefined();
  });
});
