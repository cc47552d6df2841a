import { describe, expect, it } from 'vitest';
import { formatters } from '../../../../src/core/lint/report/index.ts';
import { eslintResults, formatJson } from '../../../../src/core/lint/report/json.ts';
import { sampleResult, sampleRoot } from './sample-result.ts';

describe('the json format', () => {
  it('matches its golden file', async () => {
    await expect(formatJson(sampleResult, { root: sampleRoot })).toMatchFileSnapshot('./golden/sample.json');
  });

  it('lists every linted file once, sorted, with absolute paths and ESLint’s counts', () => {
    const results = eslintResults(sampleResult, sampleRoot);
    expect(results.map((entry) => entry.filePath)).toEqual(sampleResult.files.map((file) => `${sampleRoot}/${file}`));
    expect(results.find((entry) => entry.filePath.endsWith('refunds.mdx'))).toMatchObject({
      errorCount: 2,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(results.find((entry) => entry.filePath.endsWith('clean.mdx'))).toEqual({
      filePath: `${sampleRoot}/content/sops/clean.mdx`,
      messages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
  });

  it('gives severity 2 to errors and 1 to warnings, and an end only where one is known', () => {
    const messages = eslintResults(sampleResult, sampleRoot).flatMap((entry) => entry.messages);
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['macro-unused', 1],
      ['frontmatter-schema', 2],
      ['review-overdue', 2],
      ['broken-link', 2],
      ['lint-directive', 1],
    ]);
    expect(messages[0]).not.toHaveProperty('endLine');
    expect(messages[2]).toMatchObject({ line: 7, column: 11, endLine: 7, endColumn: 21 });
  });

  it('prints an empty array for a playbook with no files', () => {
    expect(JSON.parse(formatters.json!({ files: [], diagnostics: [] }, { colour: false, root: sampleRoot }))).toEqual([]);
  });

  it('keeps Windows roots in their own separator', () => {
    const [entry] = eslintResults({ files: ['content/sops/a.mdx'], diagnostics: [] }, 'C:\\playbook\\');
    expect(entry!.filePath).toBe('C:\\playbook\\content\\sops\\a.mdx');
  });
});
