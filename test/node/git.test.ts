import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitBaseReader, gitBaseSession, repositoryPath, runGit, type GitRunner } from '../../src/node/git.ts';
import { runSop } from '../helpers/cli-run.ts';
import { basePlaybookYaml, baseTeamYaml, sopText } from '../helpers/playbook.ts';

describe('repositoryPath', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sop-git-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives the playbook folder from the repository root, empty at the top, and nothing outside git', () => {
    expect(repositoryPath(root)).toBeUndefined();
    execFileSync('git', ['init', '-q'], { cwd: root });
    mkdirSync(path.join(root, 'docs', 'playbook'), { recursive: true });
    expect(repositoryPath(root)).toBe('');
    expect(repositoryPath(path.join(root, 'docs', 'playbook'))).toBe('docs/playbook');
  });
});

describe('git processes per lint', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sop-git-count-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      stdio: 'pipe',
    });
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };
  /** The real runner, counting the processes it starts (by git subcommand). */
  const counting = () => {
    const calls: string[] = [];
    const run: GitRunner = (cwd, args, input) => {
      calls.push(args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? '');
      return runGit(cwd, args, input);
    };
    return { run, calls };
  };

  it('reads 40 committed files (3 changed, 2 deleted on disk) and 40 untracked ones with four git processes', () => {
    git('init', '-q');
    for (let index = 0; index < 40; index++) write(`content/sops/committed-${index}.mdx`, `committed ${index}\n`);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    for (const index of [3, 17, 29]) write(`content/sops/committed-${index}.mdx`, `changed ${index}\n`);
    for (const index of [5, 6]) rmSync(path.join(root, `content/sops/committed-${index}.mdx`));
    for (let index = 0; index < 40; index++) write(`content/sops/untracked-${index}.mdx`, `untracked ${index}\n`);

    const { run, calls } = counting();
    const reader = gitBaseReader(root, 'HEAD', run)!;
    expect(reader).toBeDefined();
    for (let index = 0; index < 40; index++) {
      expect(reader.readAtBase(`content/sops/untracked-${index}.mdx`)).toBeUndefined();
    }
    // Untracked content alone: the base's file list, no per-file process.
    expect(calls).toEqual(['rev-parse', 'ls-tree', 'diff']);
    for (let index = 0; index < 40; index++) {
      expect(reader.readAtBase(`content/sops/committed-${index}.mdx`)).toBe(`committed ${index}\n`);
    }
    expect(calls).toEqual(['rev-parse', 'ls-tree', 'diff', 'cat-file']);
  });

  it('names paths relative to a playbook in a subfolder of the repository', () => {
    write('docs/playbook/content/sops/nested.mdx', 'nested at base\n');
    git('add', '.');
    git('commit', '-q', '-m', 'nested');
    write('docs/playbook/content/sops/nested.mdx', 'nested now\n');
    const { run, calls } = counting();
    const reader = gitBaseReader(path.join(root, 'docs', 'playbook'), 'HEAD', run)!;
    expect(reader.readAtBase('content/sops/nested.mdx')).toBe('nested at base\n');
    expect(reader.readAtBase('content/sops/committed-0.mdx')).toBeUndefined();
    expect(calls).toHaveLength(4);
  });

  it('runs the same number of git processes for `sop lint` on 2 SOPs as on 60, committed or not', async () => {
    const counts: number[] = [];
    for (const [size, commit] of [
      [2, false],
      [60, false],
      [2, true],
      [60, true],
    ] as const) {
      const playbook = mkdtempSync(path.join(tmpdir(), 'sop-git-lint-'));
      const log = path.join(playbook, 'git-calls.log');
      const bin = path.join(playbook, 'bin');
      try {
        const files: Record<string, string> = { 'content/playbook.yaml': basePlaybookYaml, 'content/team.yaml': baseTeamYaml };
        for (let index = 0; index < size; index++)
          files[`content/sops/sop-${index}.mdx`] = sopText().replace('title: Refunds', `title: Refunds ${index}`);
        for (const [relative, text] of Object.entries(files)) {
          mkdirSync(path.dirname(path.join(playbook, relative)), { recursive: true });
          writeFileSync(path.join(playbook, relative), text);
        }
        execFileSync('git', ['init', '-q'], { cwd: playbook });
        if (commit) {
          execFileSync('git', ['add', 'content'], { cwd: playbook });
          execFileSync(
            'git',
            ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'base'],
            { cwd: playbook },
          );
          writeFileSync(
            path.join(playbook, 'content/sops/sop-0.mdx'),
            sopText({ body: '## Steps\n\n1. Changed.\n\n## Edge cases\n\n- **A**: b.\n' }),
          );
        } else {
          execFileSync(
            'git',
            [
              '-c',
              'user.name=T',
              '-c',
              'user.email=t@example.com',
              '-c',
              'commit.gpgsign=false',
              'commit',
              '-q',
              '--allow-empty',
              '-m',
              'empty',
            ],
            { cwd: playbook },
          );
        }
        // A `git` first on PATH that logs each start, then runs the real one.
        const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
        mkdirSync(bin);
        writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
        writeFileSync(log, '');
        const savedPath = process.env.PATH;
        process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
        try {
          await runSop(playbook, ['lint', '--format', 'json']);
        } finally {
          process.env.PATH = savedPath;
        }
        counts.push(readFileSync(log, 'utf8').split('\n').filter(Boolean).length);
      } finally {
        rmSync(playbook, { recursive: true, force: true });
      }
    }
    // rev-parse (which also gives the report the folder's place in the repository), ls-tree, diff, and cat-file once
    // something committed changed.
    expect(counts).toEqual([3, 3, 4, 4]);
  });
});

describe('git base readers across runs of a watch', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sop-git-session-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      stdio: 'pipe',
    });
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };

  it('keeps what the base holds while HEAD stays, reads saved files from the base, and starts afresh on a new commit', () => {
    write('content/sops/a.mdx', 'a at base\n');
    write('content/sops/b.mdx', 'b at base\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const calls: string[] = [];
    const run: GitRunner = (cwd, args, input) => {
      calls.push(args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? '');
      return runGit(cwd, args, input);
    };
    const session = gitBaseSession(root, 'HEAD', run);
    expect(session.reader(undefined)!.readAtBase('content/sops/a.mdx')).toBe('a at base\n');
    expect(calls).toEqual(['rev-parse', 'ls-tree', 'diff']);
    calls.length = 0;
    write('content/sops/a.mdx', 'a saved\n');
    expect(session.reader(['content/sops/a.mdx'])!.readAtBase('content/sops/a.mdx')).toBe('a at base\n');
    expect(calls).toEqual(['rev-parse', 'cat-file']);
    calls.length = 0;
    git('commit', '-q', '-am', 'a saved');
    expect(session.reader([])!.readAtBase('content/sops/a.mdx')).toBe('a saved\n');
    expect(calls).toEqual(['rev-parse', 'ls-tree', 'diff']);
  });
});
