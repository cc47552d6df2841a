import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../../src/core/dates.ts';
import { lintPlaybook } from '../../../../src/core/lint/engine.ts';
import type { GitBaseReader } from '../../../../src/core/lint/rule.ts';
import { versionNotBumped } from '../../../../src/core/lint/rules/version-not-bumped.ts';
import { loadPlaybook } from '../../../../src/core/load/load-playbook.ts';
import { gitBaseReader } from '../../../../src/node/git.ts';
import { defaultLayout, readPlaybookSources } from '../../../../src/node/read-playbook.ts';
import { basePlaybookYaml, baseTeamYaml, macroText, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const file = 'content/sops/refunds.mdx';
const frontmatter = (version: string) => `title: Refunds
summary: How to grant refunds and credits
owner: billing-ops
version: ${version}
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refund requests for paid plans`;
const baseBody =
  '## Steps\n\n1. Confirm the order.\n2. Grant the refund.\n\n## Edge cases\n\n- **Expired card**: refund as account credit.\n';
const changedBody = baseBody.replace('2. Grant the refund.', '2. Check the refund history.\n3. Grant the refund.');
const baseSop = sopText({ frontmatter: frontmatter('1.2.3'), body: baseBody });

/** A git base holding the given files, as `GitBaseReader` hands them to rules. */
const gitWith = (files: Record<string, string>): GitBaseReader => ({ base: 'origin/main', readAtBase: (path) => files[path] });

testRule(versionNotBumped, {
  valid: [
    { name: 'an unchanged SOP', files: { [file]: baseSop }, git: gitWith({ [file]: baseSop }) },
    {
      name: 'a changed body with a bumped version',
      files: { [file]: sopText({ frontmatter: frontmatter('1.3.0'), body: changedBody }) },
      git: gitWith({ [file]: baseSop }),
    },
    {
      name: 'a change of frontmatter only',
      files: { [file]: sopText({ frontmatter: frontmatter('1.2.3').replace('2026-11-01', '2026-11-20'), body: baseBody }) },
      git: gitWith({ [file]: baseSop }),
    },
    {
      name: 'trailing whitespace and end-of-file blank lines that differ',
      files: { [file]: sopText({ frontmatter: frontmatter('1.2.3'), body: `${baseBody.replace('order.', 'order.   ')}\n\n` }) },
      git: gitWith({ [file]: baseSop }),
    },
    { name: 'a new SOP that the base does not hold', files: { [file]: sopText({ body: changedBody }) }, git: gitWith({}) },
    { name: 'a run outside git', files: { [file]: sopText({ frontmatter: frontmatter('1.2.3'), body: changedBody }) } },
    {
      name: 'a base whose frontmatter does not parse',
      files: { [file]: sopText({ frontmatter: frontmatter('1.2.3'), body: changedBody }) },
      git: gitWith({ [file]: '---\nversion: [\n---\n\nOld body\n' }),
    },
    {
      name: 'a changed macro, which has no version',
      files: { 'content/macros/refund-approved.md': macroText({ body: 'New text\n' }) },
      git: gitWith({ 'content/macros/refund-approved.md': macroText() }),
    },
  ],
  invalid: [
    {
      name: 'a changed body with the same version, at the version value',
      files: { [file]: sopText({ frontmatter: frontmatter('1.2.3'), body: changedBody }) },
      git: gitWith({ [file]: baseSop }),
      findings: [
        {
          file,
          line: 5,
          column: 10,
          message:
            'the body of SOP `refunds` changed since `origin/main` but `version` is still `1.2.3`; bump it (`1.2.4` for a ' +
            'fix, `1.3.0` for changed steps, `2.0.0` for a new process)',
        },
      ],
    },
    {
      name: 'a one-word change',
      files: { [file]: sopText({ frontmatter: frontmatter('1.2.3'), body: baseBody.replace('Confirm', 'Check') }) },
      git: gitWith({ [file]: baseSop }),
      findings: [{ file, line: 5, column: 10, message: 'changed since `origin/main`' }],
    },
  ],
});

describe('version-not-bumped in a real git repository', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sop-version-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      stdio: 'pipe',
    });
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };

  it('warns only for the committed SOP whose body changed on disk without a new version', async () => {
    write('content/playbook.yaml', basePlaybookYaml);
    write('content/team.yaml', baseTeamYaml);
    write('content/sops/refunds.mdx', baseSop);
    write('content/sops/chargebacks.mdx', baseSop);
    write('content/sops/credits.mdx', baseSop);
    run('init', '-q');
    run('add', '.');
    run('commit', '-q', '-m', 'Playbook');
    write('content/sops/refunds.mdx', sopText({ frontmatter: frontmatter('1.2.3'), body: changedBody }));
    write('content/sops/credits.mdx', sopText({ frontmatter: frontmatter('1.3.0'), body: changedBody }));
    write('content/sops/new-one.mdx', sopText({ body: changedBody }));

    const playbook = loadPlaybook(await readPlaybookSources(defaultLayout(root)));
    const git = gitBaseReader(root, 'HEAD');
    expect(git).toBeDefined();
    const diagnostics = lintPlaybook(playbook, { today: parsePlainDate('2026-11-23')!, git, rules: [versionNotBumped] }).diagnostics;
    expect(diagnostics.map(({ file: path, line, column, severity }) => ({ path, line, column, severity }))).toEqual([
      { path: 'content/sops/refunds.mdx', line: 5, column: 10, severity: 'warning' },
    ]);
  });

  it('reads the base copy of a changed file and the disk copy of an unchanged one', () => {
    const git = gitBaseReader(root, 'HEAD')!;
    expect(git.readAtBase('content/sops/refunds.mdx')).toBe(baseSop);
    expect(git.readAtBase('content/sops/chargebacks.mdx')).toBe(baseSop);
    expect(git.readAtBase('content/sops/new-one.mdx')).toBeUndefined();
  });

  it('gives no reader for a base that does not resolve or a folder outside git', () => {
    expect(gitBaseReader(root, 'no-such-branch')).toBeUndefined();
    const outside = mkdtempSync(path.join(tmpdir(), 'sop-no-git-'));
    try {
      expect(gitBaseReader(outside)).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
