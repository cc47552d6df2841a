import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { runSop, writePlaybook } from '../helpers/cli-run.ts';
import { playbookFiles, sopText } from '../helpers/playbook.ts';

const repository = path.resolve(import.meta.dirname, '../..');

async function sop(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(repository, 'node_modules/.bin/node'),
      [path.join(repository, 'bin/sop.js'), ...args],
      {
        cwd,
        env: { ...process.env, SOP_TODAY: '2026-11-23' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const draft = (owner: string) =>
  sopText({
    frontmatter:
      `title: Old refunds\nsummary: Imported\nowner: ${owner}\nversion: 0.1.0\nstatus: draft\n` +
      `reviewed: 2026-11-23\ncategory: billing\nscope:\n  appliesTo: Imported`,
    body: 'Prose from the old wiki, see [the list](/sops/nowhere/).\n',
  });

describe('sop report drafts', () => {
  it('prints the worklist as JSON, and lint passes with warnings only', async () => {
    const root = writePlaybook(playbookFiles({ 'content/sops/old-refunds.md': draft('billing-ops') }));
    const report = await sop(root, ['report', 'drafts', '--format', 'json']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toEqual({
      counts: { drafts: 1, needSteps: 1, needEdgeCases: 1, withBrokenLinks: 1, ready: 0 },
      owners: [
        {
          owner: 'billing-ops',
          ownerName: 'Billing operations',
          count: 1,
          drafts: [
            {
              id: 'old-refunds',
              title: 'Old refunds',
              file: 'content/sops/old-refunds.md',
              needs: ['steps', 'edge-cases'],
              brokenLinks: 1,
              findings: [
                expect.objectContaining({ ruleId: 'missing-edge-cases', severity: 'warning', line: 13, column: 1 }),
                expect.objectContaining({ ruleId: 'missing-steps', severity: 'warning', line: 13, column: 1 }),
                expect.objectContaining({ ruleId: 'broken-link', severity: 'warning', line: 13, column: 30 }),
              ],
            },
          ],
        },
      ],
    });
    const lint = await sop(root, ['lint']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('✖ 3 problems (0 errors, 3 warnings)');
  });

  it('filters by owner, and refuses an unknown one with exit 2', async () => {
    const root = writePlaybook(playbookFiles({ 'content/sops/old-refunds.md': draft('billing-ops') }));
    const mine = await sop(root, ['report', 'drafts', '--owner', 'maya-chen']);
    expect(mine).toMatchObject({ code: 0, stdout: '# Drafts to finish\n\nno drafts.\n' });
    const unknown = await sop(root, ['report', 'drafts', '--owner', 'billing-op']);
    expect(unknown).toMatchObject({ code: 2, stdout: '', stderr: 'sop: unknown owner `billing-op`; did you mean `billing-ops`?\n' });
  });
});

describe('a secret in a draft', () => {
  const withSecret = sopText({
    frontmatter:
      'title: Old login help\nsummary: Imported\nowner: billing-ops\nversion: 0.1.0\nstatus: draft\nreviewed: 2026-11-23\n' +
      'category: billing\nscope:\n  appliesTo: Imported',
    body: 'Sign in to the test account with\n\npassword: Password1\n',
  });

  it('is a warning for lint and the published build, and stops `sop build --drafts`, whose preview would publish it', async () => {
    const root = writePlaybook(playbookFiles({ 'content/sops/old-login.md': withSecret }));
    const lint = await runSop(root, ['lint']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain(
      '  15:1  warning  looks like a password written out; remove it and write `<redacted>` or a `{{placeholder}}` instead  ' +
        'sensitive-data\n',
    );
    expect(lint.stdout).toContain('(0 errors, 3 warnings)');
    const preview = await runSop(root, ['build', '--drafts', '--out', path.join(root, 'preview')]);
    expect(preview.code).toBe(1);
    expect(preview.stderr).toContain(
      '  15:1  error    looks like a password written out; remove it and write `<redacted>` or a `{{placeholder}}` instead  ' +
        'sensitive-data\n',
    );
    expect(preview.stderr).toContain('sop: build stopped: fix the 1 lint error above first\n');
    expect(existsSync(path.join(root, 'preview'))).toBe(false);
  });
});
