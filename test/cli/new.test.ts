import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runSop, writePlaybook } from '../helpers/cli-run.ts';
import { playbookFiles } from '../helpers/playbook.ts';

const repository = path.resolve(import.meta.dirname, '../..');

describe('sop new', () => {
  it('writes a draft SOP named after the title and says where', async () => {
    const root = writePlaybook();
    const result = await runSop(root, ['new', 'refund', '--title', 'Refunds for resellers', '--owner', 'billing-ops']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      'created content/sops/refunds-for-resellers.mdx from the `refund` template (category `billing`, status `draft`)\n' +
        'next: fill it in, then run `sop lint content/sops/refunds-for-resellers.mdx`\n',
    );
    const text = readFileSync(path.join(root, 'content/sops/refunds-for-resellers.mdx'), 'utf8');
    expect(text).toMatch(/^---\ntitle: Refunds for resellers\n/);
    expect(text).toContain('\nreviewed: 2026-11-23\n');
    expect(readdirSync(path.join(root, 'content/sops'))).toEqual(['refunds-for-resellers.mdx']);
  });

  it('lints clean right after it is written', async () => {
    const root = writePlaybook();
    await runSop(root, ['new', 'account-recovery', '--title', 'Account recovery', '--owner', 'maya-chen']);
    expect(await runSop(root, ['lint'])).toMatchObject({ code: 0, stdout: expect.stringContaining('no problems') });
  });

  it('names the file after the first 80 characters of a very long title, cut between words, and keeps the whole title', async () => {
    const root = writePlaybook();
    const title = `Refunds ${'for annual plans bought through resellers '.repeat(8)}`.trim();
    const result = await runSop(root, ['new', 'refund', '--title', title, '--owner', 'billing-ops']);
    expect(result.code).toBe(0);
    const [file] = readdirSync(path.join(root, 'content/sops'));
    expect(file).toBe('refunds-for-annual-plans-bought-through-resellers-for-annual-plans-bought.mdx');
    expect(readFileSync(path.join(root, 'content/sops', file!), 'utf8')).toContain(`\ntitle: ${title}\n`);
    expect((await runSop(root, ['lint'])).code).toBe(0);
  });

  it('refuses a second SOP with the same title and leaves the first file alone', async () => {
    const root = writePlaybook();
    await runSop(root, ['new', 'refund', '--title', 'Refunds', '--owner', 'billing-ops']);
    const file = path.join(root, 'content/sops/refunds.mdx');
    const before = { text: readFileSync(file, 'utf8'), modified: statSync(file).mtimeMs };
    const again = await runSop(root, ['new', 'cancellation', '--title', 'Refunds!', '--owner', 'maya-chen', '--today', '2027-01-01']);
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: an SOP with id `refunds` already exists at `content/sops/refunds.mdx`; choose another title or edit that SOP\n',
    });
    expect({ text: readFileSync(file, 'utf8'), modified: statSync(file).mtimeMs }).toEqual(before);
    expect(readdirSync(path.join(root, 'content/sops'))).toEqual(['refunds.mdx']);
  });

  it('refuses a title whose id a Markdown SOP already has', async () => {
    const root = writePlaybook(playbookFiles({ 'content/sops/refunds.md': 'kept as is' }));
    const result = await runSop(root, ['new', 'refund', '--title', 'Refunds', '--owner', 'billing-ops']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`content/sops/refunds.md`');
    expect(readFileSync(path.join(root, 'content/sops/refunds.md'), 'utf8')).toBe('kept as is');
  });

  it('prints the file and writes nothing with --dry-run', async () => {
    const root = writePlaybook();
    const result = await runSop(root, ['new', 'outage', '--title', 'Outages', '--owner', 'maya-chen', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: Outages\nsummary: /);
    expect(result.stdout).toContain('\n## Steps\n');
    expect(readdirSync(path.join(root, 'content'))).toEqual(['playbook.yaml', 'team.yaml']);
  });

  it('stops with exit 2 on an unknown kind, an unknown owner or a missing title', async () => {
    const root = writePlaybook();
    expect(await runSop(root, ['new', 'refunds', '--title', 'Refunds', '--owner', 'billing-ops'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: unknown kind `refunds`; did you mean `refund`?\n',
    });
    expect(await runSop(root, ['new', 'refund', '--title', 'Refunds', '--owner', 'biling-ops'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: unknown owner `biling-ops`; did you mean `billing-ops`?\n',
    });
    const missing = await runSop(root, ['new', 'refund', '--owner', 'billing-ops']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--title <text>' not specified");
    expect(readdirSync(path.join(root, 'content'))).toEqual(['playbook.yaml', 'team.yaml']);
  });

  it('stops with exit 2 on an unknown category', async () => {
    const root = writePlaybook();
    const result = await runSop(root, ['new', 'refund', '--title', 'Refunds', '--owner', 'billing-ops', '--category', 'money']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'sop: unknown category `money`; choose one of `billing`, `account`\n' });
  });

  it('lists the twelve kinds in its help', async () => {
    const result = await runSop(writePlaybook(), ['new', '--help']);
    expect(result.code).toBe(0);
    for (const kind of ['intake', 'first-response', 'refund', 'account-recovery', 'macro-management'])
      expect(result.stdout).toContain(`\n  ${kind} `);
  });

  it('runs as a real process through bin/sop.js', async () => {
    const root = writePlaybook();
    const node = path.join(repository, 'node_modules/.bin/node');
    const run = promisify(execFile);
    const { stdout } = await run(
      node,
      [path.join(repository, 'bin/sop.js'), 'new', 'csat', '--title', 'CSAT follow-up', '--owner', 'maya-chen'],
      {
        cwd: root,
        env: { ...process.env, SOP_TODAY: '2026-11-23' },
      },
    );
    expect(stdout).toContain('created content/sops/csat-follow-up.mdx');
    const failed = await run(
      node,
      [path.join(repository, 'bin/sop.js'), 'new', 'csat', '--title', 'CSAT follow-up', '--owner', 'maya-chen'],
      {
        cwd: root,
        env: { ...process.env, SOP_TODAY: '2026-11-23' },
      },
    ).catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
  });
});
