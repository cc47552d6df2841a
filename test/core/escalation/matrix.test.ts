import { describe, expect, it } from 'vitest';
import { escalationMatrix } from '../../../src/core/escalation/matrix.ts';
import { escalationPath } from '../../../src/core/escalation/path.ts';
import { directory } from './directory.ts';

const route = (sopId: string, steps: Parameters<typeof escalationPath>[0]) => ({ sopId, path: escalationPath(steps, directory) });

describe('escalationMatrix', () => {
  const matrix = escalationMatrix(
    [
      route('refunds', [
        { tier: 'l1', owner: 'support-frontline', when: 'Over 250 USD', within: '1d' },
        { tier: 'l2', owner: 'billing-ops', when: 'Over 2,000 USD', within: '1d' },
        { tier: 'mgmt', owner: 'helen-voss', within: '2d' },
      ]),
      route('chargebacks', [
        { tier: 'l2', owner: 'billing-ops', when: 'Fraud alleged', within: '4h', contact: 'billing@example.com' },
        { tier: 'mgmt', owner: 'helen-voss' },
      ]),
      route('outages', [
        { tier: 'l1', owner: 'support-frontline', when: 'More than 3 customers', within: '30min' },
        { tier: 'eng', owner: 'kofi-mensah', within: '15min' },
      ]),
    ],
    directory.tiers,
  );

  it('lists the tiers SOPs reach in playbook order', () => {
    expect(matrix.map((tier) => tier.tierName)).toEqual(['Tier 1', 'Tier 2', 'Engineering on-call', 'Support management']);
  });

  it('says who is reached at each tier, from where and by which SOPs', () => {
    const [billing] = matrix[1]!.rows;
    expect(billing).toMatchObject({
      ownerName: 'Billing operations',
      contacts: ['#billing-ops', 'billing@example.com'],
      sopIds: ['refunds', 'chargebacks'],
      reachedFrom: [
        { tierId: undefined, sopIds: ['chargebacks'] },
        { tierId: 'l1', tierName: 'Tier 1', sopIds: ['refunds'] },
      ],
    });
  });

  it('orders the time boxes shortest first and puts steps without one last', () => {
    expect(matrix[1]!.rows[0]!.timeBoxes.map((box) => [box.withinText, box.sopIds])).toEqual([
      ['4 hours', ['chargebacks']],
      ['1 day', ['refunds']],
    ]);
    expect(matrix[3]!.rows[0]!.timeBoxes.map((box) => [box.within, box.sopIds])).toEqual([
      ['2d', ['refunds']],
      [undefined, ['chargebacks']],
    ]);
  });

  it('puts tiers the playbook does not list after the ones it does', () => {
    const [first, second] = escalationMatrix(
      [
        route('x', [
          { tier: 'zz', owner: 'kofi-mensah' },
          { tier: 'l1', owner: 'support-frontline' },
        ]),
      ],
      directory.tiers,
    );
    expect([first?.tierId, second?.tierId]).toEqual(['l1', 'zz']);
  });
});
