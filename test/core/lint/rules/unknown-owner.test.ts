import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../../src/core/dates.ts';
import { lintPlaybook } from '../../../../src/core/lint/engine.ts';
import { unknownOwner } from '../../../../src/core/lint/rules/unknown-owner.ts';
import { loadTestPlaybook, macroText, playbookFiles, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** An SOP naming owners on fixed lines: owner 4, coOwners 5, reviewed 8, escalation steps 13-14, approval 16. */
const sopOwnedBy = ({
  owner = 'billing-ops',
  coOwners = 'maya-chen',
  secondOwner = 'support-l2',
  approver = 'ines-moreau',
  reviewed = '2026-11-01',
} = {}) => ({
  'content/sops/refunds.mdx': sopText({
    frontmatter: `title: Refunds
summary: How to grant refunds
owner: ${owner}
coOwners: [maya-chen, ${coOwners}]
version: 1.0.0
status: active
reviewed: ${reviewed}
category: billing
scope:
  appliesTo: Refund requests
escalation:
  - { tier: l1, owner: maya-chen, when: Over 250 USD }
  - { tier: l2, owner: ${secondOwner} }
approvals:
  - { by: ${approver}, on: 2026-10-14 }`,
  }),
});

const teamYaml = (team: string) => `people:
  - { id: maya-chen, name: Maya Chen }
  - { id: ines-moreau, name: Ines Moreau }
teams:
  - { id: support-l2, name: Tier 2 support, lead: maya-chen, members: [maya-chen] }
${team}
`;

const sopFile = 'content/sops/refunds.mdx';

testRule(unknownOwner, {
  valid: [
    { name: 'owners that are people and teams in team.yaml', files: sopOwnedBy() },
    { name: 'a person as owner', files: sopOwnedBy({ owner: 'maya-chen' }) },
    { name: 'a macro owned by a team', files: { 'content/macros/refund-approved.md': macroText() } },
    { name: 'an owner that is no id at all, which `frontmatter-schema` reports', files: sopOwnedBy({ owner: 'Maya Chen' }) },
    {
      name: 'teams led by people with people as members',
      files: {
        'content/team.yaml': teamYaml('  - { id: billing-ops, name: Billing, lead: ines-moreau, members: [ines-moreau, maya-chen] }'),
      },
    },
  ],
  invalid: [
    {
      name: 'a misspelt owner with a suggestion, at the value',
      files: sopOwnedBy({ owner: 'ines-moreu' }),
      findings: [
        {
          file: sopFile,
          line: 4,
          column: 8,
          message: 'unknown owner `ines-moreu`; did you mean `ines-moreau`? Add them to team.yaml or fix the id',
        },
      ],
    },
    {
      name: 'an owner nobody resembles, without a suggestion',
      files: sopOwnedBy({ owner: 'zed' }),
      findings: [{ file: sopFile, line: 4, column: 8, message: 'unknown owner `zed`; add them to team.yaml or fix the id' }],
    },
    {
      name: 'a co-owner, an escalation owner and an approver',
      files: sopOwnedBy({ coOwners: 'finance', secondOwner: 'support-l3', approver: 'helen-voss' }),
      findings: [
        { file: sopFile, line: 5, column: 23, message: 'unknown co-owner `finance`' },
        { file: sopFile, line: 14, column: 24, message: 'unknown escalation owner `support-l3`; did you mean `support-l2`?' },
        { file: sopFile, line: 16, column: 11, message: 'unknown approver `helen-voss`' },
      ],
    },
    {
      name: 'an unknown owner even while another field is invalid',
      files: sopOwnedBy({ owner: 'zed', reviewed: '2026-02-30' }),
      findings: [{ file: sopFile, line: 4, column: 8, message: 'unknown owner `zed`' }],
    },
    {
      name: 'an unknown macro owner',
      files: {
        'content/macros/refund-approved.md': macroText({
          frontmatter: 'title: Refund approved\nowner: biling-ops\nreviewed: 2026-11-01\nstatus: active\ncategory: billing',
        }),
      },
      findings: [
        {
          file: 'content/macros/refund-approved.md',
          line: 3,
          column: 8,
          message: 'unknown owner `biling-ops`; did you mean `billing-ops`?',
        },
      ],
    },
    {
      name: 'a team lead who is no person, and a team listed as a member',
      files: {
        'content/team.yaml': teamYaml('  - { id: billing-ops, name: Billing, lead: ines-moreu, members: [maya-chen, support-l2] }'),
      },
      findings: [
        {
          file: 'content/team.yaml',
          line: 6,
          column: 45,
          message:
            'team `billing-ops` names `ines-moreu` as its lead, who is not a person in team.yaml; did you mean `ines-moreau`? ' +
            'Add them to `people`',
        },
        {
          file: 'content/team.yaml',
          line: 6,
          column: 78,
          message: 'team `billing-ops` names `support-l2` as a member, but `support-l2` is a team; name a person instead',
        },
      ],
    },
  ],
});

describe('a misspelt owner in many SOPs, with a large team', () => {
  it('costs about what a correct owner costs: the nearest id is looked for once, not once per SOP among every person', () => {
    const people = Array.from({ length: 3000 }, (_, index) => `  - { id: person-number-${index}, name: P, role: r, email: p@x.com }`);
    const billing = '  - { id: billing-ops, name: B, lead: person-number-1, members: [person-number-1] }';
    const team = `people:\n${people.join('\n')}\nteams:\n${billing}\n`;
    const playbookWith = (owner: string) => {
      const files: Record<string, string> = { 'content/team.yaml': team };
      for (let index = 0; index < 300; index++) {
        files[`content/sops/s${index}.mdx`] = sopText().replace('owner: billing-ops', owner);
      }
      return loadTestPlaybook(playbookFiles(files));
    };
    const lintTime = (owner: string) => {
      const playbook = playbookWith(owner);
      const context = { today: parsePlainDate('2026-11-23')! };
      lintPlaybook(playbook, context);
      const started = performance.now();
      const result = lintPlaybook(playbook, context);
      return { milliseconds: performance.now() - started, findings: result.diagnostics.length };
    };
    const correct = lintTime('owner: billing-ops');
    const misspelt = lintTime('owner: persn-numbr-12x\ncoOwners: [ghost, ghost-two]');
    expect(misspelt.findings - correct.findings).toBe(900);
    // Before, each SOP measured its three ids against all 3,000 people: 4.5 s against 0.1 s for correct owners.
    expect(misspelt.milliseconds).toBeLessThan(correct.milliseconds * 3 + 200);
  });
});
