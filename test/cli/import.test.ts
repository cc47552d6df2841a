import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runSop, tempFolder, writeFiles, writePlaybook } from '../helpers/cli-run.ts';
import { handbook } from '../core/authoring/handbook-fixtures.ts';

const repository = path.resolve(import.meta.dirname, '../..');

/** A playbook beside a `handbook/` folder to import. */
function setUp(files: Record<string, string> = handbook): string {
  const root = writePlaybook();
  writeFiles(root, Object.fromEntries(Object.entries(files).map(([file, text]) => [`handbook/${file}`, text])));
  return root;
}

const sopsOf = (root: string) => readdirSync(path.join(root, 'content/sops')).sort();

describe('sop import markdown', () => {
  it('imports a folder recursively as drafts and reports per file what it could not infer', async () => {
    const root = setUp();
    const result = await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops']);
    expect(result.code).toBe(0);
    expect(sopsOf(root)).toEqual(['account.mdx', 'cancellations.mdx', 'escalation-guide.mdx', 'refunds.mdx']);
    expect(result.stdout).toContain(
      'handbook/account/cancellations.md -> content/sops/cancellations.mdx\n' +
        '  - no Edge cases section: add `## Edge cases` with the situations that need different handling\n' +
        '  - put `How to cancel a subscription` under a new `## Steps` heading\n',
    );
    expect(result.stdout).toContain('handbook/notes/empty.md: skipped: the file is empty\n');
    expect(result.stderr).toBe('imported 4, skipped 1 (empty), 2 need Steps, 3 need Edge cases\n');
  });

  it('leaves drafts that pass the schema and parse, so lint reports only what is missing', async () => {
    const root = setUp();
    await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops']);
    const lint = await runSop(root, ['lint']);
    const rules = [...lint.stdout.matchAll(/ (error|warning) .* ([a-z-]+)$/gm)].map((match) => match[2]);
    expect(new Set(rules)).toEqual(new Set(['missing-steps', 'missing-edge-cases']));
  });

  it('skips what already exists on a second run, leaving the files alone, and replaces them with --force', async () => {
    const root = setUp();
    await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops']);
    const before = readFileSync(path.join(root, 'content/sops/refunds.mdx'), 'utf8');
    const again = await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'maya-chen', '--today', '2027-01-01']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'handbook/billing/refunds.md: skipped: `refunds` already exists at `content/sops/refunds.mdx`; pass --force to replace it\n',
    );
    expect(again.stderr).toBe('imported 0, skipped 5 (4 exists, 1 empty), 0 need Steps, 0 need Edge cases\n');
    expect(readFileSync(path.join(root, 'content/sops/refunds.mdx'), 'utf8')).toBe(before);

    const forced = await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'maya-chen', '--force']);
    expect(forced.stdout).toContain('handbook/billing/refunds.md -> content/sops/refunds.mdx (replaced)\n');
    expect(readFileSync(path.join(root, 'content/sops/refunds.mdx'), 'utf8')).toContain('\nowner: maya-chen\n');
    expect(sopsOf(root)).toEqual(['account.mdx', 'cancellations.mdx', 'escalation-guide.mdx', 'refunds.mdx']);
  });

  it('replaces a Markdown SOP with its MDX import under --force, so one id keeps one file', async () => {
    const root = setUp({ 'refunds.md': '# Refunds\n\nPlain text.\n' });
    writeFiles(root, { 'content/sops/refunds.md': 'old' });
    const result = await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops', '--force']);
    expect(result.code).toBe(0);
    expect(sopsOf(root)).toEqual(['refunds.mdx']);
  });

  it('writes nothing with --dry-run', async () => {
    const root = setUp();
    const result = await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops', '--dry-run']);
    expect(result.stdout).toContain('handbook/billing/refunds.md -> content/sops/refunds.mdx\n');
    expect(result.stderr).toBe('dry run, nothing written: would have imported 4, skipped 1 (empty), 2 need Steps, 3 need Edge cases\n');
    expect(existsSync(path.join(root, 'content/sops'))).toBe(false);
  });

  it('writes into --out', async () => {
    const root = setUp();
    await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops', '--out', 'drafts']);
    expect(readdirSync(path.join(root, 'drafts')).sort()).toEqual([
      'account.mdx',
      'cancellations.mdx',
      'escalation-guide.mdx',
      'refunds.mdx',
    ]);
  });

  it('shows progress every 50 files on a terminal only', async () => {
    const files = Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`page-${index}.md`, `# Page ${index}\n\nText.\n`]));
    const onTerminal = await runSop(setUp(files), ['import', 'markdown', 'handbook', '--owner', 'billing-ops'], { stderrIsTTY: true });
    expect(onTerminal.stderr).toBe(
      'sop: 50 of 101 files imported…\nsop: 100 of 101 files imported…\nimported 101, skipped 0, 101 need Steps, 101 need Edge cases\n',
    );
    const inLogs = await runSop(setUp(files), ['import', 'markdown', 'handbook', '--owner', 'billing-ops']);
    expect(inLogs.stderr).toBe('imported 101, skipped 0, 101 need Steps, 101 need Edge cases\n');
  });

  it('stops with exit 2 on a missing or unknown owner, an unknown category, a missing or empty folder', async () => {
    const root = setUp();
    const missing = await runSop(root, ['import', 'markdown', 'handbook']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--owner <id>' not specified");
    expect(await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'maya'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: unknown owner `maya`; use the id of a person or team in team.yaml\n',
    });
    expect((await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'maya-chen', '--category', 'biling'])).stderr).toBe(
      'sop: unknown category `biling`; did you mean `billing`?\n',
    );
    expect((await runSop(root, ['import', 'markdown', 'nowhere', '--owner', 'maya-chen'])).stderr).toBe('sop: no such folder: `nowhere`\n');
    const empty = tempFolder();
    expect(await runSop(root, ['import', 'markdown', empty, '--owner', 'maya-chen'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no Markdown files'),
    });
    expect(existsSync(path.join(root, 'content/sops'))).toBe(false);
  });

  it('runs as a real process through bin/sop.js', async () => {
    const root = setUp();
    const { stdout, stderr } = await promisify(execFile)(
      path.join(repository, 'node_modules/.bin/node'),
      [path.join(repository, 'bin/sop.js'), 'import', 'markdown', 'handbook', '--owner', 'billing-ops'],
      { cwd: root, env: { ...process.env, SOP_TODAY: '2026-11-23' } },
    );
    expect(stdout).toContain('handbook/billing/refunds.md -> content/sops/refunds.mdx\n');
    expect(stderr).toBe('imported 4, skipped 1 (empty), 2 need Steps, 3 need Edge cases\n');
  });
});
