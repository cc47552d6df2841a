// RuleTester, after ESLint's: each rule lists valid playbooks (no findings) and invalid ones (exact findings).
import { describe, expect, it } from 'vitest';
import { lintPlaybook } from '../../src/core/lint/engine.ts';
import type { AssetExists, DiagramValidator, GitBaseReader, Rule } from '../../src/core/lint/rule.ts';
import { parsePlainDate } from '../../src/core/dates.ts';
import { loadTestPlaybook, playbookFiles, type PlaybookFiles } from './playbook.ts';

interface ExpectedFinding {
  /** The file reported; defaults to the case's `file` when the case gives its `code` inline. */
  file?: string;
  /** Defaults to the rule under test. */
  ruleId?: string;
  line: number;
  column: number;
  /** Checked when given, like ESLint's RuleTester. */
  endLine?: number;
  endColumn?: number;
  severity?: 'error' | 'warning';
  /** A substring (or pattern) the message must contain. */
  message?: string | RegExp;
}

export interface RuleCase {
  name: string;
  /** Files added to (or replacing) the base playbook. */
  files?: PlaybookFiles;
  /** One file's whole source, inline (write it with `dedent`), added at `file`. */
  code?: string;
  /** Where `code` goes; `content/sops/refunds.mdx` unless said. */
  file?: string;
  today?: string;
  git?: GitBaseReader;
  assetExists?: AssetExists;
  validateDiagram?: DiagramValidator;
}

export interface InvalidRuleCase extends RuleCase {
  findings: ExpectedFinding[];
}

const defaultFile = 'content/sops/refunds.mdx';

function caseFiles(testCase: RuleCase): PlaybookFiles {
  const inline = testCase.code === undefined ? {} : { [testCase.file ?? defaultFile]: testCase.code };
  return { ...testCase.files, ...inline };
}

export function lintCase(rule: Rule, testCase: RuleCase) {
  const playbook = loadTestPlaybook(playbookFiles(caseFiles(testCase)));
  const today = parsePlainDate(testCase.today ?? '2026-11-23')!;
  return lintPlaybook(playbook, {
    today,
    git: testCase.git,
    rules: [rule],
    ...(testCase.assetExists ? { assetExists: testCase.assetExists } : {}),
    validateDiagram: testCase.validateDiagram,
  }).diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.meta.id);
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  describe(rule.meta.id, () => {
    // The registry meta-test requires every rule's test to go through here; here each rule shows both sides.
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length, 'valid cases').toBeGreaterThan(0);
      expect(cases.invalid.length, 'invalid cases').toBeGreaterThan(0);
    });
    for (const testCase of cases.valid) {
      it(`accepts ${testCase.name}`, () => {
        expect(lintCase(rule, testCase)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`reports ${testCase.name}`, () => {
        const diagnostics = lintCase(rule, testCase);
        const fileOf = (finding: ExpectedFinding) => finding.file ?? testCase.file ?? defaultFile;
        expect(diagnostics.map(({ file, line, column }) => ({ file, line, column }))).toEqual(
          testCase.findings.map((finding) => ({ file: fileOf(finding), line: finding.line, column: finding.column })),
        );
        testCase.findings.forEach((finding, position) => {
          const diagnostic = diagnostics[position]!;
          expect(diagnostic.ruleId).toBe(finding.ruleId ?? rule.meta.id);
          if (finding.endLine !== undefined) expect(diagnostic.endLine, 'endLine').toBe(finding.endLine);
          if (finding.endColumn !== undefined) expect(diagnostic.endColumn, 'endColumn').toBe(finding.endColumn);
          expect(diagnostic.severity).toBe(
            finding.severity ?? (rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity),
          );
          if (typeof finding.message === 'string') expect(diagnostic.message).toContain(finding.message);
          else if (finding.message) expect(diagnostic.message).toMatch(finding.message);
        });
      });
    }
  });
}
