import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../../../src/core/lint/report/stylish.ts';
import { sampleResult } from './sample-result.ts';

describe('the stylish format (the default)', () => {
  it('matches its golden file', async () => {
    await expect(formatStylish(sampleResult, { colour: false })).toMatchFileSnapshot('./golden/sample.stylish.txt');
  });

  it('matches its golden file in colour, as a terminal shows it', async () => {
    await expect(formatStylish(sampleResult, { colour: true })).toMatchFileSnapshot('./golden/sample.stylish.colour.txt');
  });

  it('says only that all is well when there is nothing to report', () => {
    expect(formatStylish({ files: ['content/sops/a.mdx'], diagnostics: [] }, { colour: false })).toBe('✔ 1 file checked, no problems\n');
  });
});
