// Item 7 of issue 17, through the CLI: files read from disk are checked as bytes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSop, writeFiles, writePlaybook } from '../helpers/cli-run.ts';
import { basePlaybookYaml, sopText } from '../helpers/playbook.ts';

describe('encoding problems on disk', () => {
  it('stops on a NUL byte in playbook.yaml, naming its line and column', async () => {
    const root = writePlaybook();
    writeFileSync(path.join(root, 'content/playbook.yaml'), basePlaybookYaml.replace('title: Test', 'title: Te\u0000st'));
    const result = await runSop(root, ['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'sop: the playbook configuration cannot be used:\ncontent/playbook.yaml:1:10: a NUL byte is in the text here; delete it ' +
        '(it is invisible in most editors)\n',
    );
  });

  it('stops on invalid UTF-8 in team.yaml', async () => {
    const root = writePlaybook();
    writeFileSync(
      path.join(root, 'content/team.yaml'),
      Buffer.concat([Buffer.from('people:\n  - { id: maya-chen, name: Maya Ch'), Buffer.of(0xe9), Buffer.from('n }\nteams: []\n')]),
    );
    const result = await runSop(root, ['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'content/team.yaml:2:35: byte `0xE9` is not valid UTF-8; save the file as UTF-8 and check the character here',
    );
  });

  it('names a UTF-16 SOP instead of saying it has no frontmatter', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'content/sops/refunds.mdx': '' });
    writeFileSync(path.join(root, 'content/sops/refunds.mdx'), Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(sopText(), 'utf16le')]));
    const result = await runSop(root, ['lint', '--format', 'json']);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout).filter((entry: { filePath: string }) => entry.filePath.endsWith('refunds.mdx'));
    expect(report.messages).toEqual([
      {
        ruleId: 'file-encoding',
        severity: 2,
        message: 'the file is saved as UTF-16 (little-endian); save the file as UTF-8',
        line: 1,
        column: 1,
      },
    ]);
  });
});

describe('control characters written in a playbook', () => {
  const hostile = sopText().replace('owner: billing-ops', 'owner: "\\e]0;pwned\\a\\e[2J\\e[8m"');

  it('are shown as \\u001B, never run by the terminal that prints the report', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'content/sops/refunds.mdx': hostile });
    for (const colour of [false, true]) {
      const result = await runSop(root, ['lint'], { colour });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('found `\\u001B]0;pwned\\u0007\\u001B[2J\\u001B[8m`');
      // Only the report's own colours, and only when colour is on: `ESC[` followed by one of its codes.
      const escapes = result.stdout.split('\u001b').slice(1);
      expect(escapes.every((rest) => /^\[(?:0|2|4|31|33)m/.test(rest))).toBe(true);
      expect(escapes.length > 0).toBe(colour);
    }
  });

  it('keep JSON and SARIF parseable, and a lone carriage return cannot write over a finding', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'content/sops/refunds.mdx': sopText().replace('owner: billing-ops', 'owner: "bill\\x85ing\\x7f\\r✔ clean"') });
    for (const format of ['json', 'sarif']) {
      const result = await runSop(root, ['lint', '--format', format]);
      expect(result.code).toBe(1);
      expect(JSON.stringify(JSON.parse(result.stdout))).toContain('bill\u0085ing\u007f');
    }
    const stylish = await runSop(root, ['lint']);
    expect(stylish.stdout).toContain('bill\\u0085ing\\u007F\\u000D✔ clean');
    expect(stylish.stdout).not.toMatch(/\r(?!\n)/);
  });
});
