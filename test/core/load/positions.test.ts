import { describe, expect, it } from 'vitest';
import { loadTestPlaybook, playbookFiles, sopText } from '../../helpers/playbook.ts';

describe('the playbook model', () => {
  const playbook = loadTestPlaybook(
    playbookFiles({
      'content/sops/refunds.mdx': sopText({
        frontmatter: `title: Refunds
summary: How to grant refunds
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refund requests
escalation:
  - { tier: l1, owner: billing-ops, when: Over 250 USD }
  - tier: l2
    owner: support-l2`,
      }),
    }),
  );
  const sop = playbook.sops[0]!;

  it('keeps the line and column of every frontmatter field, nested ones too', () => {
    expect(sop.frontmatter.fields.get('owner')!.value).toMatchObject({ line: 4, column: 8 });
    expect(sop.frontmatter.fields.get('scope.appliesTo')!.key).toMatchObject({ line: 10, column: 3 });
    expect(sop.frontmatter.fields.get('escalation.0.owner')!.value).toMatchObject({ line: 12, column: 24 });
    expect(sop.frontmatter.fields.get('escalation.1.owner')!.value).toMatchObject({ line: 14, column: 12 });
  });

  it('keeps body nodes at their line in the file', () => {
    const heading = sop.tree.children.find((node) => node.type === 'heading')!;
    expect(heading.position!.start.line).toBe(17);
    expect(sop.bodyLine).toBe(16);
  });

  it('reads the id from the file name', () => {
    expect(sop.id).toBe('refunds');
    expect(sop.format).toBe('mdx');
  });
});
