import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { basePlaybookYaml, baseTeamYaml, macroText, sopText } from '../helpers/playbook.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = path.join(projectRoot, 'node_modules', '.bin', 'node');
const bin = path.join(projectRoot, 'bin', 'sop.js');

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A playbook folder on disk: the base config plus these files (paths from the root); `null` leaves a file out. */
function playbookFolder(files: Record<string, string | null>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sop-lint-cli-'));
  folders.push(root);
  const all: Record<string, string | null> = { 'content/playbook.yaml': basePlaybookYaml, 'content/team.yaml': baseTeamYaml, ...files };
  for (const [relative, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  }
  return root;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `sop lint` as a user would: a real process of the pinned Node, in the playbook folder. */
function sopLint(root: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [bin, 'lint', ...args], { cwd: root, env: { ...process.env, SOP_TODAY: '2026-11-23', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // Whatever happens, a user never sees a stack trace.
      expect(`${stdout}\n${stderr}`).not.toMatch(/^ {4}at /m);
      resolve({ code, stdout, stderr });
    });
  });
}

/** An SOP that uses the macro, so that the macro is neither orphaned nor unused. */
const usingMacro = sopText().replace('category: billing', 'category: billing\nmacros: [refund-approved]');
const overdueSop = usingMacro.replace('reviewed: 2026-11-01', 'reviewed: 2026-01-01');
const dueSoonSop = sopText().replace('reviewed: 2026-11-01', 'reviewed: 2026-09-01');

const cleanFiles = { 'content/sops/refunds.mdx': usingMacro, 'content/macros/refund-approved.md': macroText() };
const clean = playbookFolder(cleanFiles);
const withErrors = playbookFolder({
  'content/sops/refunds.mdx': overdueSop,
  'content/sops/credits.mdx': sopText(),
  'content/macros/refund-approved.md': macroText(),
});
const withWarnings = playbookFolder({ 'content/sops/refunds.mdx': dueSoonSop });

describe('sop lint as a process', () => {
  it('exits 0 on a clean playbook and says how many files it checked', async () => {
    const run = await sopLint(clean);
    expect(run).toEqual({ code: 0, stdout: '✔ 4 files checked, no problems\n', stderr: '' });
  });

  it('exits 1 when there are errors, listing them by file with line and column', async () => {
    const run = await sopLint(withErrors);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('content/sops/refunds.mdx\n  7:11  error  review of SOP `refunds` was due on `2026-04-01`');
    expect(run.stdout).toContain('review-overdue');
    expect(run.stdout).not.toContain('credits.mdx');
  });

  it('exits 0 with warnings, and 1 when they exceed --max-warnings', async () => {
    const relaxed = await sopLint(withWarnings);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain('warning  review of SOP `refunds` is due on `2026-11-30`');
    const strict = await sopLint(withWarnings, ['--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('sop: 1 warnings exceed --max-warnings 0\n');
  });

  it('exits 2 on an unknown --format, naming the formats there are', async () => {
    const run = await sopLint(clean, ['--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/argument 'xml' is invalid.*stylish, json, github, sarif/);
  });

  it('exits 2 on a --today that is no date', async () => {
    const run = await sopLint(clean, ['--today', '2026-02-30']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('sop: --today must be a real date written YYYY-MM-DD; got `2026-02-30`\n');
  });

  it('exits 2 when there is no content folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sop-lint-empty-'));
    folders.push(root);
    const run = await sopLint(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sop: no content folder at .*; run the command in a playbook repository or pass --root\n$/);
  });

  it('exits 2 on a playbook.yaml that does not parse, with file, line and column', async () => {
    const root = playbookFolder({ 'content/playbook.yaml': 'title: Test\ncategories: [billing\n', 'content/sops/refunds.mdx': sopText() });
    const run = await sopLint(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sop: the playbook configuration cannot be used:\ncontent\/playbook\.yaml:\d+:\d+: YAML does not parse: /);
  });

  it('prints GitHub workflow commands with --format github', async () => {
    const run = await sopLint(withErrors, ['--format', 'github']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(
      new RegExp(
        /^::error file=content\/sops\/refunds\.mdx,line=7,col=11,endLine=7,endColumn=21,/.source +
          /title=review-overdue::review of SOP `refunds` was due on/.source,
      ),
    );
  });

  it('prints ESLint’s JSON with --format json, every file included', async () => {
    const run = await sopLint(withErrors, ['--format', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; severity: number }>;
      errorCount: number;
      warningCount: number;
    }>;
    expect(results.map((entry) => path.relative(withErrors, entry.filePath))).toEqual([
      'content/macros/refund-approved.md',
      'content/playbook.yaml',
      'content/sops/credits.mdx',
      'content/sops/refunds.mdx',
      'content/team.yaml',
    ]);
    expect(results[3]).toMatchObject({
      errorCount: 1,
      warningCount: 0,
      messages: [{ ruleId: 'review-overdue', severity: 2, line: 7, column: 11 }],
    });
  });

  it('prints a SARIF 2.1.0 log with --format sarif', async () => {
    const run = await sopLint(withErrors, ['--format', 'sarif']);
    const log = JSON.parse(run.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toEqual(['review-overdue']);
  });

  it('reports only on the paths it is given, and exits 2 on a path that does not exist', async () => {
    const narrowed = await sopLint(withErrors, ['content/sops/credits.mdx']);
    expect(narrowed).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
    const missing = await sopLint(withErrors, ['content/sops/nope.mdx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('sop: no such file or folder: `content/sops/nope.mdx`\n');
  });

  it('exits 2 on a path outside the playbook, which it would otherwise call clean having checked nothing', async () => {
    const elsewhere = path.join(withErrors, 'content/sops/refunds.mdx');
    expect(await sopLint(clean, [elsewhere])).toEqual({
      code: 2,
      stdout: '',
      stderr: `sop: \`${elsewhere}\` is outside the playbook at \`.\`; pass files or folders of this playbook, or --root for another one\n`,
    });
  });

  it('says a mistyped path before it lints, not after warning about the playbook it then read for nothing', async () => {
    const untidy = playbookFolder({ ...cleanFiles, 'content/sops/old/notes.md': '# Notes\n' });
    const missing = await sopLint(untidy, ['content/sops/nope.mdx']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'sop: no such file or folder: `content/sops/nope.mdx`\n' });
    // Without the path, the same playbook does warn about its folder: the check above ran before it was read.
    expect((await sopLint(untidy)).stderr).toContain('are not read');
  });

  it('takes a path of the playbook written through a symbolic link to it', async () => {
    const link = path.join(path.dirname(clean), `${path.basename(clean)}-link`);
    symlinkSync(clean, link);
    const result = await sopLint(clean, [path.join(link, 'content/sops')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('says so when a path of the playbook holds nothing it checks', async () => {
    writeFileSync(path.join(clean, 'README.md'), '# Our playbook\n');
    expect(await sopLint(clean, ['README.md'])).toEqual({
      code: 0,
      stdout: '✔ 0 files checked, no problems\n',
      stderr: 'sop: warning: `README.md` holds no SOP, macro, playbook.yaml or team.yaml; nothing in it was checked\n',
    });
  });
});
