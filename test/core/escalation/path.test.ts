import { describe, expect, it } from 'vitest';
import { describePath, escalationPath } from '../../../src/core/escalation/path.ts';
import { directory } from './directory.ts';

describe('escalationPath', () => {
  it('names each tier and owner and puts the time box in words', () => {
    const [first] = escalationPath(
      [{ tier: 'l1', owner: 'support-frontline', handles: 'Refunds up to 250 USD', when: 'Over 250 USD', within: '4h' }],
      directory,
    );
    expect(first).toEqual({
      position: 1,
      tierId: 'l1',
      tierName: 'Tier 1',
      ownerId: 'support-frontline',
      ownerName: 'Frontline support',
      ownerKnown: true,
      contact: '#support-frontline',
      handles: 'Refunds up to 250 USD',
      when: 'Over 250 USD',
      within: '4h',
      withinText: '4 hours',
    });
  });

  it('takes the step contact first, then the owner contact, then the owner email', () => {
    const path = escalationPath(
      [
        { tier: 'l1', owner: 'support-frontline', contact: 'Slack #refunds' },
        { tier: 'l2', owner: 'billing-ops' },
        { tier: 'mgmt', owner: 'helen-voss' },
        { tier: 'eng', owner: 'kofi-mensah' },
      ],
      directory,
    );
    expect(path.map((step) => step.contact)).toEqual(['Slack #refunds', '#billing-ops', 'helen.voss@example.com', undefined]);
  });

  it('falls back to the ids of a tier or owner the playbook does not know', () => {
    const [step] = escalationPath([{ tier: 'l9', owner: 'nobody', handles: '  ' }], directory);
    expect(step).toMatchObject({ tierName: 'l9', ownerName: 'nobody', ownerKnown: false, handles: undefined });
  });

  it('describes the whole path in one line', () => {
    const path = escalationPath(
      [
        { tier: 'l1', owner: 'support-frontline' },
        { tier: 'mgmt', owner: 'helen-voss' },
      ],
      directory,
    );
    expect(describePath(path)).toBe('Tier 1 (Frontline support) → Support management (Helen Voss)');
  });
});
