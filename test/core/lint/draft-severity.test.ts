import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { lintPlaybook } from '../../../src/core/lint/engine.ts';
import { loadTestPlaybook, playbookFiles, sopText, type PlaybookFiles } from '../../helpers/playbook.ts';

const today = parsePlainDate('2026-11-23')!;

const frontmatter = (status: string, extra = '') => `title: Refunds
summary: How to grant refunds and credits
owner: billing-ops
version: 1.0.0
status: ${status}
reviewed: 2025-01-01
category: billing
scope:
  appliesTo: Refund requests for paid plans${extra}`;

/** No Steps, no Edge cases, a broken link and an MDX error: content findings at once. */
const unfinishedBody = 'Intro with a [broken link](/sops/nowhere/).\n\nAn unclosed {brace\n';

function findings(files: PlaybookFiles) {
  return lintPlaybook(loadTestPlaybook(playbookFiles(files)), { today }).diagnostics.map(({ ruleId, severity, line }) => ({
    ruleId,
    severity,
    line,
  }));
}

describe('findings on drafts', () => {
  it('reports content findings on a draft as warnings', () => {
    const result = findings({ 'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('draft'), body: unfinishedBody }) });
    expect(result.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(new Set(result.map((finding) => finding.ruleId))).toEqual(
      new Set(['broken-link', 'missing-steps', 'missing-edge-cases', 'mdx-syntax']),
    );
  });

  it('keeps the same findings as errors on an active SOP, with an overdue review', () => {
    const result = findings({ 'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('active'), body: 'Intro.\n' }) });
    expect(result).toEqual([
      { ruleId: 'review-overdue', severity: 'error', line: 7 },
      { ruleId: 'missing-edge-cases', severity: 'error', line: 13 },
      { ruleId: 'missing-steps', severity: 'error', line: 13 },
    ]);
  });

  it('reports a broken link and an unknown macro in a draft as warnings, and as errors in a shadow SOP', () => {
    const body = 'See [nowhere](/sops/nowhere/).\n\n## Steps\n\n1. Refund.\n\n## Edge cases\n\n- None.\n';
    const withMacro = '\nmacros: [no-such-macro]';
    const draft = findings({ 'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('draft', withMacro), body }) });
    expect(draft.map(({ ruleId, severity }) => `${ruleId}:${severity}`).sort()).toEqual([
      'broken-link:warning',
      'unknown-reference:warning',
    ]);
    const shadow = findings({
      'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('shadow', withMacro).replace('2025-01-01', '2026-11-01'), body }),
    });
    expect(shadow.map(({ ruleId, severity }) => `${ruleId}:${severity}`).sort()).toEqual(['broken-link:error', 'unknown-reference:error']);
  });

  it('keeps a draft whose frontmatter fails its schema an error', () => {
    const result = findings({
      'content/sops/refunds.mdx': sopText({
        frontmatter: frontmatter('draft').replace('version: 1.0.0', 'version: one'),
        body: 'Intro.\n',
      }),
    });
    expect(result.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).toEqual(['frontmatter-schema']);
    expect(result.filter((finding) => finding.ruleId === 'missing-steps').map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('keeps an unknown owner in a draft an error, and sensitive data a warning while drafts are not published', () => {
    const body = '## Steps\n\n1. Use the card 4111 1111 1111 1111 to test.\n\n## Edge cases\n\n- None.\n';
    const result = findings({
      'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('draft').replace('owner: billing-ops', 'owner: nobody'), body }),
    });
    expect(result.map(({ ruleId, severity, line }) => `${ruleId}:${severity}:${line}`).sort()).toEqual([
      'sensitive-data:warning:15',
      'unknown-owner:error:4',
    ]);
  });

  it('keeps sensitive data in a draft an error when drafts are published (sop build --drafts), and content findings warnings', () => {
    const body = 'password: Password1\n';
    const files = playbookFiles({ 'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('draft'), body }) });
    const published = lintPlaybook(loadTestPlaybook(files), { today, publishDrafts: true }).diagnostics;
    expect(published.map(({ ruleId, severity }) => `${ruleId}:${severity}`).sort()).toEqual([
      'missing-edge-cases:warning',
      'missing-steps:warning',
      'sensitive-data:error',
    ]);
    const unpublished = lintPlaybook(loadTestPlaybook(files), { today }).diagnostics;
    expect(unpublished.map(({ ruleId, severity }) => `${ruleId}:${severity}`).sort()).toEqual([
      'missing-edge-cases:warning',
      'missing-steps:warning',
      'sensitive-data:warning',
    ]);
  });

  it('keeps sensitive data in an active SOP an error whether or not drafts are published', () => {
    const body = '## Steps\n\n1. password: Password1\n\n## Edge cases\n\n- None.\n';
    const files = playbookFiles({
      'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('active').replace('2025-01-01', '2026-11-01'), body }),
    });
    for (const publishDrafts of [false, true]) {
      const result = lintPlaybook(loadTestPlaybook(files), { today, publishDrafts }).diagnostics;
      expect(result.map(({ ruleId, severity }) => `${ruleId}:${severity}`)).toEqual(['sensitive-data:error']);
    }
  });
});
