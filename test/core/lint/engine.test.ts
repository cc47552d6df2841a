import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { lintPlaybook } from '../../../src/core/lint/engine.ts';
import type { Rule } from '../../../src/core/lint/rule.ts';
import { missingSteps } from '../../../src/core/lint/rules/missing-steps.ts';
import { basePlaybookYaml, loadTestPlaybook, playbookFiles, sopText, type PlaybookFiles } from '../../helpers/playbook.ts';

const today = parsePlainDate('2026-11-23')!;
const edgeCases = '## Edge cases\n\n- **Expired card**: refund as credit.\n';

function lint(files: PlaybookFiles, rules?: readonly Rule[]) {
  return lintPlaybook(loadTestPlaybook(playbookFiles(files)), { today, ...(rules ? { rules } : {}) }).diagnostics;
}

const findingsOf = (diagnostics: ReturnType<typeof lint>, ruleId: string) =>
  diagnostics
    .filter((diagnostic) => diagnostic.ruleId === ruleId)
    .map(({ file, line, column, severity, message }) => ({ file, line, column, severity, message }));

/** The base playbook.yaml with a `rules:` block; its first entry lands on line 15. */
const withRules = (rules: string, extra = '') => ({ 'content/playbook.yaml': `${basePlaybookYaml}${extra}rules:\n${rules}\n` });

describe('severity overrides in playbook.yaml', () => {
  const sopWithoutSteps = { 'content/sops/refunds.mdx': sopText({ body: edgeCases }) };

  it('reports a rule at its default severity without an override', () => {
    expect(findingsOf(lint(sopWithoutSteps), 'missing-steps').map(({ severity }) => severity)).toEqual(['error']);
  });

  it('turns a rule off', () => {
    expect(findingsOf(lint({ ...sopWithoutSteps, ...withRules('  missing-steps: off') }), 'missing-steps')).toEqual([]);
  });

  it('downgrades an error to a warning', () => {
    expect(
      findingsOf(lint({ ...sopWithoutSteps, ...withRules('  missing-steps: warning') }), 'missing-steps').map(({ severity }) => severity),
    ).toEqual(['warning']);
  });

  it('raises a warning to an error', () => {
    const files = { ...sopWithoutSteps, ...withRules('  sop-too-long: error', 'maxWords: 3\n') };
    expect(findingsOf(lint(files), 'sop-too-long').map(({ severity }) => severity)).toEqual(['error']);
  });

  it('reports an unknown rule id in `rules` at the severity set for `frontmatter-schema`', () => {
    expect(
      findingsOf(lint(withRules('  frontmatter-schema: warning\n  missing-step: off')), 'frontmatter-schema').map(
        ({ severity }) => severity,
      ),
    ).toEqual(['warning']);
  });

  it('reports an unknown rule id in `rules` with a suggestion, at its key', () => {
    expect(findingsOf(lint(withRules('  missing-step: off')), 'frontmatter-schema')).toEqual([
      {
        file: 'content/playbook.yaml',
        line: 15,
        column: 3,
        severity: 'error',
        message: 'unknown rule `missing-step` in `rules`; did you mean `missing-steps`?',
      },
    ]);
  });
});

describe('disable comments', () => {
  const prose = '## Steps\n\nConfirm the order, then refund it.\n\n';

  it('reports the finding a comment would silence when there is none', () => {
    expect(findingsOf(lint({ 'content/sops/refunds.mdx': sopText({ body: `${prose}${edgeCases}` }) }), 'missing-steps')).toHaveLength(1);
  });

  it('silences a rule on the next line with an MDX comment', () => {
    const body = `{/* sop-lint-disable-next-line missing-steps -- prose until the Q1 rewrite */}\n${prose}${edgeCases}`;
    const diagnostics = lint({ 'content/sops/refunds.mdx': sopText({ body }) });
    expect(findingsOf(diagnostics, 'missing-steps')).toEqual([]);
    expect(findingsOf(diagnostics, 'lint-directive')).toEqual([]);
  });

  it('silences a rule on the next line with an HTML comment in Markdown', () => {
    const body = `<!-- sop-lint-disable-next-line missing-steps -- imported as is -->\n\n${prose}${edgeCases}`;
    expect(findingsOf(lint({ 'content/sops/refunds.md': sopText({ body }) }), 'missing-steps')).toEqual([]);
  });

  it('silences a rule in frontmatter with a YAML comment', () => {
    const frontmatter = sopText()
      .split('\n---\n')[0]!
      .slice(4)
      .replace('owner: billing-ops', '# sop-lint-disable-next-line unknown-owner -- contractor, in team.yaml next week\nowner: zed');
    const diagnostics = lint({ 'content/sops/refunds.mdx': sopText({ frontmatter }) });
    expect(findingsOf(diagnostics, 'unknown-owner')).toEqual([]);
    expect(findingsOf(diagnostics, 'lint-directive')).toEqual([]);
  });

  it('silences only the rule it names', () => {
    const frontmatter = sopText()
      .split('\n---\n')[0]!
      .slice(4)
      .replace('owner: billing-ops', '# sop-lint-disable-next-line missing-steps -- wrong rule\nowner: zed');
    expect(findingsOf(lint({ 'content/sops/refunds.mdx': sopText({ frontmatter }) }), 'unknown-owner')).toHaveLength(1);
  });

  it('warns about a comment without a reason, and still honours it', () => {
    const body = `{/* sop-lint-disable-next-line missing-steps */}\n${prose}${edgeCases}`;
    const diagnostics = lint({ 'content/sops/refunds.mdx': sopText({ body }) });
    expect(findingsOf(diagnostics, 'missing-steps')).toEqual([]);
    expect(findingsOf(diagnostics, 'lint-directive')).toEqual([
      {
        file: 'content/sops/refunds.mdx',
        line: 13,
        column: 1,
        severity: 'warning',
        message: 'disable comment gives no reason; add one after ` -- ` so the next reviewer knows why',
      },
    ]);
  });

  it('stays quiet about comments when `lint-directive` is turned off, and still honours them', () => {
    const body = `{/* sop-lint-disable-next-line missing-steps */}\n${prose}${edgeCases}`;
    const diagnostics = lint({ 'content/sops/refunds.mdx': sopText({ body }), ...withRules('  lint-directive: off') });
    expect(findingsOf(diagnostics, 'lint-directive')).toEqual([]);
    expect(findingsOf(diagnostics, 'missing-steps')).toEqual([]);
    expect(findingsOf(diagnostics, 'frontmatter-schema')).toEqual([]);
  });

  it('warns about a comment naming an unknown rule, with a suggestion', () => {
    const body = `{/* sop-lint-disable-next-line missing-step -- typo */}\n${prose}${edgeCases}`;
    const diagnostics = lint({ 'content/sops/refunds.mdx': sopText({ body }) });
    expect(findingsOf(diagnostics, 'lint-directive').map(({ message }) => message)).toEqual([
      'disable comment names unknown rule `missing-step`; did you mean `missing-steps`?',
    ]);
    expect(findingsOf(diagnostics, 'missing-steps')).toHaveLength(1);
  });
});

describe('a failing rule', () => {
  const throwing: Rule = {
    meta: { id: 'always-throws', defaultSeverity: 'warning', description: 'Throws', docs: 'README.md#always-throws' },
    check() {
      throw new TypeError('cannot read `steps` of undefined');
    },
  };

  it('becomes an error diagnostic while the other rules still run', () => {
    const diagnostics = lint({ 'content/sops/refunds.mdx': sopText({ body: edgeCases }) }, [throwing, missingSteps]);
    expect(findingsOf(diagnostics, 'always-throws')).toEqual([
      {
        file: 'content/playbook.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'rule `always-throws` failed: cannot read `steps` of undefined; please report this',
      },
    ]);
    expect(findingsOf(diagnostics, 'missing-steps')).toHaveLength(1);
  });
});
