import { searchSynonymUnused } from '../../../../src/core/lint/rules/search-synonym-unused.ts';
import { basePlaybookYaml, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const withSynonyms = (groups: string) => `${basePlaybookYaml}search:\n  synonyms:\n${groups}`;

testRule(searchSynonymUnused, {
  valid: [
    { name: 'no synonym groups of its own', files: { 'content/sops/refunds.mdx': sopText() } },
    {
      name: 'a group one of whose words an SOP uses, in another form',
      files: {
        'content/playbook.yaml': withSynonyms('    - [money back, refunded, reimbursement]\n'),
        'content/sops/refunds.mdx': sopText(),
      },
    },
    {
      name: 'a group matched by an SOP alias',
      files: {
        'content/playbook.yaml': withSynonyms('    - [pto, paid time off]\n'),
        'content/sops/refunds.mdx': sopText({
          frontmatter:
            'title: Leave\nsummary: Leave\nowner: billing-ops\nversion: 1.0.0\nstatus: active\nreviewed: 2026-11-01\n' +
            'category: billing\nscope:\n  appliesTo: Leave\naliases: [paid time off]',
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a group whose words no SOP uses, at the group',
      files: {
        'content/playbook.yaml': withSynonyms('    - [money back, refunded]\n    - [pto, paid time off]\n'),
        'content/sops/refunds.mdx': sopText(),
      },
      findings: [
        {
          file: 'content/playbook.yaml',
          line: 17,
          column: 7,
          severity: 'warning',
          message:
            'synonym group `pto, paid time off` matches no word in any SOP, so it never leads a search to one; add a term the ' +
            'SOPs use, or remove the group',
        },
      ],
    },
    {
      name: 'a phrase counts only when an SOP holds all of its words',
      files: { 'content/playbook.yaml': withSynonyms('    - [refund hotline, grant hotline]\n'), 'content/sops/refunds.mdx': sopText() },
      findings: [{ file: 'content/playbook.yaml', line: 16, column: 7, severity: 'warning', message: '`refund hotline, grant hotline`' }],
    },
  ],
});
