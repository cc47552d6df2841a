// Item 8 of issue 17: entries named like content that are not read are named once each; a --base that does not exist stops the run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSop, tempFolder, writeFiles, writePlaybook } from '../helpers/cli-run.ts';
import { macroText, sopText } from '../helpers/playbook.ts';

describe('entries that look like SOPs or macros but are not files', () => {
  it('warns once each about a symbolic link, a named pipe and a folder named like an SOP', async () => {
    const root = writePlaybook();
    const outside = tempFolder('sop-outside-');
    writeFiles(outside, { 'secret.mdx': sopText() });
    writeFiles(root, { 'content/sops/refunds.mdx': sopText(), 'content/macros/refund-approved.md': macroText() });
    symlinkSync(path.join(outside, 'secret.mdx'), path.join(root, 'content/sops/linked.mdx'));
    symlinkSync(path.join(root, 'content/macros/refund-approved.md'), path.join(root, 'content/macros/alias.md'));
    execFileSync('mkfifo', [path.join(root, 'content/sops/pipe.md')]);
    mkdirSync(path.join(root, 'content/sops/folder.mdx'));
    const result = await runSop(root, ['lint']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      [
        'sop: warning: skipped `content/macros/alias.md`: it is a symbolic link, which the playbook does not follow (it could ' +
          'publish a file from outside content/); put the file itself here',
        'sop: warning: skipped `content/sops/folder.mdx`: it is a folder, not a file; rename the folder, or put the SOP or macro file here',
        'sop: warning: skipped `content/sops/linked.mdx`: it is a symbolic link, which the playbook does not follow (it could ' +
          'publish a file from outside content/); put the file itself here',
        'sop: warning: skipped `content/sops/pipe.md`: it is not a regular file (a named pipe, socket or device); replace it with a file',
        '',
      ].join('\n'),
    );
  });
});

function gitRepository(commit: boolean): string {
  const root = writePlaybook();
  writeFiles(root, { 'content/sops/refunds.mdx': sopText() });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  if (commit) {
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first');
  }
  return root;
}

describe('--base', () => {
  it('stops with exit 2 naming a ref that does not exist', async () => {
    const result = await runSop(gitRepository(true), ['lint', '--base', 'origin/mian']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'sop: --base `origin/mian` is not a commit in this repository; pass a branch, tag or commit, such as `origin/main` ' +
        '(in CI, fetch it first)\n',
    });
  });

  it('accepts a ref that exists', async () => {
    expect((await runSop(gitRepository(true), ['lint', '--base', 'HEAD~0'])).code).toBe(0);
  });

  it('accepts the default HEAD in a repository without commits', async () => {
    const root = gitRepository(false);
    expect((await runSop(root, ['lint'])).code).toBe(0);
    expect((await runSop(root, ['lint', '--base', 'HEAD'])).code).toBe(0);
  });
});
