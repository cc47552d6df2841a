import { macroUnused } from '../../../../src/core/lint/rules/macro-unused.ts';
import { basePlaybookYaml, macroText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** A macro whose `usage` (if any) is on line 7. */
const macroUsed = (usage: string | undefined, status = 'active') => ({
  'content/macros/phone-callback.md': macroText({
    frontmatter:
      `title: Phone callback\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: ${status}\n` +
      `category: billing${usage ? `\nusage: ${usage}` : ''}`,
  }),
});
const file = 'content/macros/phone-callback.md';

// Today is pinned to 2026-11-23; the base playbook archives below 5 uses per quarter.
testRule(macroUnused, {
  valid: [
    { name: 'a busy macro', files: macroUsed('{ count: 412, since: 2026-07-01 }') },
    { name: 'a macro without usage', files: macroUsed(undefined) },
    { name: 'a macro used exactly at the threshold', files: macroUsed('{ count: 5 }') },
    { name: 'an archived macro nobody uses', files: macroUsed('{ count: 0 }', 'archived') },
    { name: 'a draft macro nobody uses yet', files: macroUsed('{ count: 0 }', 'draft') },
    { name: 'Zendesk counters above the threshold', files: macroUsed('{ usage_7d: 1 }') },
    { name: 'a usage record that is not well-formed, which `frontmatter-schema` reports', files: macroUsed('{ count: many }') },
    {
      name: 'a lower threshold in playbook.yaml',
      files: { ...macroUsed('{ count: 2 }'), 'content/playbook.yaml': basePlaybookYaml.replace('archiveBelow: 5', 'archiveBelow: 1') },
    },
  ],
  invalid: [
    {
      name: 'a macro used twice in eleven months, at `usage`',
      files: macroUsed('{ count: 2, since: 2026-01-01 }'),
      findings: [
        {
          file,
          line: 7,
          column: 1,
          severity: 'warning',
          message:
            'macro `phone-callback` is used about 0.6 times per quarter, under the archive threshold of 5; archive it ' +
            '(`status: archived`) or record why it stays',
        },
      ],
    },
    {
      name: 'a per-quarter count under the threshold',
      files: macroUsed('{ count: 4 }'),
      findings: [{ file, line: 7, column: 1, message: 'used about 4 times per quarter' }],
    },
    {
      name: 'a Zendesk 30-day counter',
      files: macroUsed('{ usage_30d: 1 }'),
      findings: [{ file, line: 7, column: 1, message: 'used about 3 times per quarter' }],
    },
    {
      name: 'a macro used once in a quarter, in the singular',
      files: macroUsed('\n  count: 1\n  since: 2026-08-24'),
      findings: [{ file, line: 7, column: 1, message: 'used about 1 time per quarter' }],
    },
  ],
});
