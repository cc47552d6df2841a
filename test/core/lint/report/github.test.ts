import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../../src/core/lint/report/github.ts';
import { sampleResult } from './sample-result.ts';

describe('the github format', () => {
  it('matches its golden file', async () => {
    await expect(formatGithub(sampleResult, { repositoryPath: 'support' })).toMatchFileSnapshot('./golden/sample.github.txt');
  });

  it('writes one workflow command per finding with the file from the repository root', () => {
    const lines = formatGithub(sampleResult, { repositoryPath: undefined }).trimEnd().split('\n');
    expect(lines[2]).toBe(
      '::error file=content/sops/refunds.mdx,line=7,col=11,endLine=7,endColumn=21,title=review-overdue::review of SOP ' +
        '`refunds` was due on `2026-11-22` (1 day ago); review it and update `reviewed` (last reviewed 2026-08-24, every 90d)',
    );
    expect(lines[0]).toMatch(/^::warning file=content\/macros\/refund-approved.md,line=8,col=1,title=macro-unused::/);
    expect(lines.at(-1)).toBe('✖ 5 problems (3 errors, 2 warnings) in 6 files checked');
    expect(lines.filter((line) => line.startsWith('::notice'))).toEqual([]);
  });

  it('escapes as GitHub’s toolkit does', () => {
    expect(escapeData('100%\r\nnext: a, b')).toBe('100%25%0D%0Anext: a, b');
    expect(escapeProperty('fees, 50%: off')).toBe('fees%2C 50%25%3A off');
  });

  it('prints only the summary when there is nothing to annotate', () => {
    expect(formatGithub({ files: ['content/sops/a.mdx'], diagnostics: [] }, {})).toBe('✔ 1 file checked, no problems\n');
  });
});
