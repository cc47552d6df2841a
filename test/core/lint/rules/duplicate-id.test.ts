import { duplicateId } from '../../../../src/core/lint/rules/duplicate-id.ts';
import { sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

testRule(duplicateId, {
  valid: [
    { name: 'the base playbook', files: {} },
    { name: 'SOPs with distinct ids', files: { 'content/sops/refunds.mdx': sopText(), 'content/sops/refund.mdx': sopText() } },
    {
      name: 'the same id as a category and a tier, which are separate lists',
      files: {
        'content/playbook.yaml':
          'title: Test\ncategories:\n  - { id: escalation, name: Escalations }\ntiers:\n  - { id: escalation, name: Escalation desk }\n',
      },
    },
  ],
  invalid: [
    {
      name: 'an SOP written as both .md and .mdx, at the later file naming the first',
      files: { 'content/sops/refunds.md': sopText(), 'content/sops/refunds.mdx': sopText() },
      findings: [
        {
          file: 'content/sops/refunds.mdx',
          line: 1,
          column: 1,
          message: 'SOP id `refunds` is also claimed by `content/sops/refunds.md`; rename or delete one of the two files',
        },
      ],
    },
    {
      name: 'a person listed twice and a team sharing a person’s id',
      files: {
        'content/team.yaml': `people:
  - { id: maya-chen, name: Maya Chen }
  - { id: maya-chen, name: Maya Chen again }
teams:
  - { id: billing-ops, name: Billing }
  - { id: maya-chen, name: Maya's team }
`,
      },
      findings: [
        {
          file: 'content/team.yaml',
          line: 3,
          column: 11,
          message: 'id `maya-chen` is already used on line 2; give each of the people and teams its own id',
        },
        { file: 'content/team.yaml', line: 6, column: 11, message: 'id `maya-chen` is already used on line 2' },
      ],
    },
    {
      name: 'a category, a channel and a tier listed twice in playbook.yaml',
      files: {
        'content/playbook.yaml': `title: Test
categories:
  - { id: billing, name: Billing }
  - { id: billing, name: Billing again }
channels: [email, chat, email]
tiers:
  - { id: l1, name: Tier 1 }
  - { id: l1, name: Tier 1 again }
`,
      },
      findings: [
        {
          file: 'content/playbook.yaml',
          line: 4,
          column: 11,
          message: 'id `billing` is already used on line 3; give each of the categories its own id',
        },
        {
          file: 'content/playbook.yaml',
          line: 5,
          column: 25,
          message: 'id `email` is already used on line 5; give each of the channels its own id',
        },
        {
          file: 'content/playbook.yaml',
          line: 8,
          column: 11,
          message: 'id `l1` is already used on line 7; give each of the tiers its own id',
        },
      ],
    },
  ],
});
