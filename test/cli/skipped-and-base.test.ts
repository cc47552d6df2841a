// Item 8 of issue 17: entries named like content that are not read are named once each; a --base that does not exist stops the run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSop, tempFolder, writeFiles, writePlaybook } from '../helpers/cli-run.ts';
import { basePlaybookYaml, baseTeamYaml, macroText, sopText } from '../helpers/playbook.ts';

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

describe('entries the author meant as content but that are not read', () => {
  it('warns about an extension in capitals, a macro written as MDX and SOPs in a folder, and still lints the rest', async () => {
    const root = writePlaybook();
    writeFiles(root, {
      'content/sops/refunds.mdx': sopText(),
      'content/sops/Chargebacks.MDX': sopText(),
      'content/sops/billing/failed-payments.mdx': sopText(),
      'content/sops/images/form.png': 'png',
      'content/macros/refund-approved.mdx': macroText(),
    });
    const result = await runSop(root, ['lint']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      [
        'sop: warning: skipped `content/macros/refund-approved.mdx`: `content/macros/` reads only `.md` files; rename it to ' +
          '`refund-approved.md`',
        'sop: warning: skipped `content/sops/Chargebacks.MDX`: its extension is not in lower case, so it is not read; rename it ' +
          'to `Chargebacks.mdx`',
        'sop: warning: skipped `content/sops/billing`: it is a folder, and files in folders inside `content/sops/` are not read; ' +
          'move its file up into `content/sops/`',
        '',
      ].join('\n'),
    );
  });
});

describe('playbook.yaml, team.yaml and the content folders when they are not what they should be', () => {
  it.each([
    [
      'playbook.yaml is a folder',
      (root: string) => mkdirSync(path.join(root, 'content/playbook.yaml')),
      'sop: `content/playbook.yaml` is a folder, not a file; replace it with the YAML file\n',
    ],
    [
      'team.yaml is a named pipe (reading it would never end)',
      (root: string) => execFileSync('mkfifo', [path.join(root, 'content/team.yaml')]),
      'sop: `content/team.yaml` is a named pipe, socket or device, not a file; replace it with the YAML file\n',
    ],
    [
      'team.yaml links to /dev/zero',
      (root: string) => symlinkSync('/dev/zero', path.join(root, 'content/team.yaml')),
      'sop: `content/team.yaml` is a named pipe, socket or device, not a file; replace it with the YAML file\n',
    ],
    [
      'playbook.yaml links to nothing',
      (root: string) => symlinkSync('nowhere.yaml', path.join(root, 'content/playbook.yaml')),
      'sop: `content/playbook.yaml` is a symbolic link to a file that does not exist; put the file itself here\n',
    ],
    [
      'content/sops is a file',
      (root: string) => writeFileSync(path.join(root, 'content/sops'), 'x'),
      'sop: `content/sops` is a file, not a folder; move it aside and create the folder `content/sops/`\n',
    ],
  ])('stops with exit 2 when %s', async (_name, make, stderr) => {
    const root = tempFolder();
    writeFiles(root, { 'content/playbook.yaml': basePlaybookYaml, 'content/team.yaml': baseTeamYaml });
    const name = /`content\/([a-z.]+)`/.exec(stderr)![1]!;
    rmSync(path.join(root, 'content', name), { recursive: true, force: true });
    make(root);
    expect(await runSop(root, ['lint'])).toEqual({ code: 2, stdout: '', stderr });
  });

  it('follows a team.yaml that is a symbolic link to a file (a team shared between repositories)', async () => {
    const root = writePlaybook();
    const shared = tempFolder('sop-shared-');
    writeFiles(shared, { 'team.yaml': baseTeamYaml });
    rmSync(path.join(root, 'content/team.yaml'));
    symlinkSync(path.join(shared, 'team.yaml'), path.join(root, 'content/team.yaml'));
    writeFiles(root, { 'content/sops/refunds.mdx': sopText() });
    expect((await runSop(root, ['lint'])).code).toBe(0);
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
