import { describe, expect, it } from 'vitest';
import { escalationFlowchart } from '../../../src/core/escalation/flowchart.ts';
import { escalationPath } from '../../../src/core/escalation/path.ts';
import { directory } from './directory.ts';
import { hostilePath, refundPath, refundSla } from './paths.ts';

describe('escalationFlowchart', () => {
  it('draws one node per tier and labels each hand-off with its trigger', async () => {
    await expect(escalationFlowchart(escalationPath(refundPath, directory))).toMatchFileSnapshot('golden/refunds.mmd');
  });

  it('puts the first response each priority is owed on the first node', async () => {
    await expect(escalationFlowchart(escalationPath(refundPath, directory), { sla: refundSla })).toMatchFileSnapshot(
      'golden/refunds-with-sla.mmd',
    );
  });

  it('keeps hostile labels inside their quotes as entity codes', async () => {
    await expect(escalationFlowchart(escalationPath(hostilePath, directory))).toMatchFileSnapshot('golden/hostile.mmd');
  });

  it('draws an unlabelled edge for a step without a trigger and shows the last step trigger on its node', () => {
    const source = escalationFlowchart(
      escalationPath(
        [
          { tier: 'l1', owner: 'support-frontline' },
          { tier: 'l2', owner: 'billing-ops', when: 'Still unresolved' },
        ],
        directory,
      ),
    );
    expect(source).toBe(
      '---\nconfig:\n  layout: dagre\n---\nflowchart TD\n  s0["<strong>Tier 1</strong><br>Frontline ' +
        'support<br>#35;support-frontline"]\n  s1["<strong>Tier 2</strong><br>Billing ' +
        'operations<br>#35;billing-ops<br>Escalate when#58; Still unresolved"]\n  s0 --> s1\n',
    );
  });

  it('gives two SOPs with the same path the same source', () => {
    const first = escalationFlowchart(escalationPath(refundPath, directory));
    const second = escalationFlowchart(escalationPath(structuredClone(refundPath), directory));
    expect(second).toBe(first);
  });

  it('draws nothing for an SOP without an escalation path', () => {
    expect(escalationFlowchart([])).toBeUndefined();
  });
});
