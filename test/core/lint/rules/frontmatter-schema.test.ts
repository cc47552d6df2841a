import { frontmatterSchema } from '../../../../src/core/lint/rules/frontmatter-schema.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

/** The helper's valid SOP with one frontmatter line replaced (or dropped with `''`): title is line 2, reviewed line 7. */
function sopWith(key: string, line: string): Record<string, string> {
  const base = sopText().split('\n');
  const index = base.findIndex((text) => text.startsWith(`${key}:`));
  base.splice(index, 1, ...(line === '' ? [] : [line]));
  return { 'content/sops/refunds.mdx': base.join('\n') };
}

const file = 'content/sops/refunds.mdx';

testRule(frontmatterSchema, {
  valid: [
    { name: 'a complete SOP', files: { [file]: sopText() } },
    { name: 'a complete macro', files: { 'content/macros/refund-approved.md': macroText() } },
    { name: 'a leap day', files: sopWith('reviewed', 'reviewed: 2024-02-29') },
    { name: 'a pre-release version', files: sopWith('version', 'version: 2.0.0-rc.1') },
    {
      // team.yaml and playbook.yaml are checked when a command loads them (exit 2), not reported as lint findings.
      name: 'a broken team.yaml and playbook.yaml, which stop the command instead',
      files: { 'content/team.yaml': 'people:\n  - { id: Maya Chen }\n', 'content/playbook.yaml': 'title: Test\ntiers: many\n' },
    },
  ],
  invalid: [
    {
      name: 'a missing owner',
      files: sopWith('owner', ''),
      findings: [{ file, line: 1, column: 1, message: 'required field `owner` is missing' }],
    },
    {
      name: 'a date that does not exist, at its value',
      files: sopWith('reviewed', 'reviewed: 2026-02-30'),
      findings: [{ file, line: 7, column: 11, message: '`reviewed` must be a real date written `YYYY-MM-DD`; found `2026-02-30`' }],
    },
    {
      name: 'a version that is no semantic version',
      files: sopWith('version', 'version: 1.0.0.1'),
      findings: [{ file, line: 5, column: 10, message: '`version` must be a semantic version `MAJOR.MINOR.PATCH`' }],
    },
    {
      name: 'a version YAML reads as a number',
      files: sopWith('version', 'version: 1.0'),
      findings: [{ file, line: 5, column: 10, message: 'write it as `MAJOR.MINOR.PATCH`, such as `1.0.0`' }],
    },
    {
      name: 'a misspelt key with a suggestion, at the key',
      files: sopWith('reviewed', 'reviewd: 2026-11-01'),
      findings: [
        { file, line: 1, column: 1, message: 'required field `reviewed` is missing' },
        { file, line: 7, column: 1, message: 'unknown field `reviewd`; did you mean `reviewed`?' },
      ],
    },
    {
      name: 'a status that is not one of the four',
      files: sopWith('status', 'status: actve'),
      findings: [
        {
          file,
          line: 6,
          column: 9,
          message: '`status` must be one of `draft`, `shadow`, `active`, `retired`; found `actve`; did you mean `active`?',
        },
      ],
    },
    {
      name: 'a file without frontmatter',
      files: { [file]: '## Steps\n\n1. Do it.\n' },
      findings: [{ file, line: 1, column: 1, message: 'the file has no frontmatter' }],
    },
    {
      name: 'a macro with a wrong status',
      files: {
        'content/macros/refund-approved.md': macroText({
          frontmatter: 'title: Refund\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: retired\ncategory: billing',
        }),
      },
      findings: [
        { file: 'content/macros/refund-approved.md', line: 5, column: 9, message: '`status` must be one of `active`, `draft`, `archived`' },
      ],
    },
  ],
});
