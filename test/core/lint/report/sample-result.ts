// One lint result for every format's golden file: clean files, both severities, ranges with and without an end, and text to escape.
import type { LintResult } from '../../../../src/core/lint/engine.ts';
import type { RuleMeta } from '../../../../src/core/lint/rule.ts';

export const sampleRoot = '/work/acme-playbook';

export const sampleResult: LintResult = {
  files: [
    'content/macros/refund-approved.md',
    'content/playbook.yaml',
    'content/sops/clean.mdx',
    'content/sops/fees, 50% off.mdx',
    'content/sops/refunds.mdx',
    'content/team.yaml',
  ],
  diagnostics: [
    {
      file: 'content/macros/refund-approved.md',
      line: 8,
      column: 1,
      ruleId: 'macro-unused',
      severity: 'warning',
      message:
        'macro `refund-approved` is used about 0.6 times per quarter, under the archive threshold of 5; archive it or record why it stays',
    },
    {
      file: 'content/sops/fees, 50% off.mdx',
      line: 2,
      column: 8,
      endLine: 3,
      endColumn: 1,
      ruleId: 'frontmatter-schema',
      severity: 'error',
      message: 'field `summary` must be one line: 100% of it\nsecond line; join the lines',
    },
    {
      file: 'content/sops/refunds.mdx',
      line: 7,
      column: 11,
      endLine: 7,
      endColumn: 21,
      ruleId: 'review-overdue',
      severity: 'error',
      message: 'review of SOP `refunds` was due on `2026-11-22` (1 day ago); review it and update `reviewed`',
      hint: 'last reviewed 2026-08-24, every 90d',
    },
    {
      file: 'content/sops/refunds.mdx',
      line: 21,
      column: 5,
      endLine: 21,
      endColumn: 21,
      ruleId: 'broken-link',
      severity: 'error',
      message: 'link to `/sops/refund/` finds no SOP `refund`; did you mean `refunds`? Link to an existing SOP or fix the id',
    },
    {
      file: 'content/sops/refunds.mdx',
      line: 30,
      column: 1,
      ruleId: 'lint-directive',
      severity: 'warning',
      message: 'disable comment gives no reason; add one after ` -- ` so the next reviewer knows why',
    },
  ],
};

/** Rules as the SARIF golden describes them: fixed here so that other rules' wording can change freely. */
export const sampleRules: Array<{ meta: RuleMeta }> = [
  {
    meta: {
      id: 'broken-link',
      defaultSeverity: 'error',
      description: 'Links must point somewhere that exists',
      docs: 'README.md#broken-link',
    },
  },
  {
    meta: {
      id: 'frontmatter-schema',
      defaultSeverity: 'error',
      description: 'Frontmatter must match its schema',
      docs: 'README.md#frontmatter-schema',
    },
  },
  { meta: { id: 'macro-unused', defaultSeverity: 'warning', description: 'Macros should be used', docs: 'README.md#macro-unused' } },
  { meta: { id: 'review-overdue', defaultSeverity: 'error', description: 'Reviews must be on time', docs: 'README.md#review-overdue' } },
  { meta: { id: 'sop-too-long', defaultSeverity: 'off', description: 'SOPs should be short', docs: 'README.md#sop-too-long' } },
];
