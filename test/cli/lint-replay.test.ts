// `sop lint` prints the report it kept when nothing the lint reads changed, and lints again after any change to what it
// reads: a content file, team.yaml, playbook.yaml, today, the base commit, an asset SOPs point at, an entry left out.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { answeringAssets, keepReport, keptReport, lintFingerprint, lintReportFile, type ReplayInputs } from '../../src/node/lint-replay.ts';
import { runSop, tempFolder } from '../helpers/cli-run.ts';

const sample = fileURLToPath(new URL('../../content', import.meta.url));
const cacheFolders: string[] = [];
afterEach(() => {
  for (const folder of cacheFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the sample playbook, its caches removed after the test. */
function sampleCopy(): string {
  const root = tempFolder('sop-lint-replay-');
  cpSync(sample, path.join(root, 'content'), { recursive: true });
  cacheFolders.push(path.dirname(lintReportFile(root)));
  return root;
}

/** The sample playbook in a git repository of its own, committed. */
function committedSample(): string {
  const root = sampleCopy();
  git(root, 'init', '-q');
  commitAll(root, 'first');
  return root;
}

/** A lint refused as a usage error (exit 2), saying `message`: never a kept report printed instead. */
async function expectRefused(root: string, flags: string[], message: string): Promise<void> {
  const result = await runSop(root, ['lint', ...flags]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(message);
}

const git = (root: string, ...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
const commitAll = (root: string, message: string) => {
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message);
};

const edit = (root: string, file: string, change: (text: string) => string) => {
  const target = path.join(root, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
};

const marker = 'KEPT-REPORT-MARKER';

/** Adds a finding no lint makes to the kept report: printed only when the report is replayed. */
function markKeptReport(root: string): void {
  const file = lintReportFile(root);
  const record = JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: Diagnostic[] };
  record.diagnostics.push({
    file: 'content/sops/ticket-intake.mdx',
    line: 1,
    column: 1,
    message: marker,
    ruleId: 'missing-steps',
    severity: 'warning',
  });
  writeFileSync(file, JSON.stringify(record));
}

const lint = async (root: string, flags: string[] = []) => (await runSop(root, ['lint', '--format', 'json', ...flags])).stdout;

describe('the kept lint report', () => {
  it('is printed when nothing changed, in the same bytes as a lint, in every format', async () => {
    const root = committedSample();
    for (const format of ['json', 'stylish', 'github', 'sarif']) {
      const fresh = (await runSop(root, ['lint', '--no-cache', '--format', format])).stdout;
      await runSop(root, ['lint', '--format', format]);
      const replayed = await runSop(root, ['lint', '--format', format]);
      expect(replayed.stdout, format).toBe(fresh);
      expect(replayed.code, format).toBe(0);
    }
    markKeptReport(root);
    expect(await lint(root)).toContain(marker);
    // Paths narrow a replayed report as they narrow a lint's.
    expect(await lint(root, ['content/sops/ticket-intake.mdx'])).toContain(marker);
    expect(await lint(root, ['content/sops/refunds-and-credits.mdx'])).not.toContain(marker);
  }, 60_000);

  /** `flags`: for the lints after the change; `before`, for the one before it (default: the same). */
  const changes: Array<{ name: string; apply: (root: string) => void; flags?: string[]; before?: string[] }> = [
    {
      name: 'an SOP body',
      apply: (root) => edit(root, 'content/sops/voice-and-tone.mdx', (text) => `${text}\nOne more line.\n`),
    },
    {
      name: 'a macro',
      apply: (root) => edit(root, 'content/macros/outage-resolved.md', (text) => text.replace(/^title: .*$/m, 'title: The outage is over')),
    },
    { name: 'team.yaml', apply: (root) => edit(root, 'content/team.yaml', (text) => text.replace(/^ {2}- \{ id: security,.*\n/m, '')) },
    {
      name: 'playbook.yaml',
      apply: (root) =>
        edit(root, 'content/playbook.yaml', (text) => text.replace('rules: {}', 'rules: { sop-too-long: error }\nmaxWords: 150')),
    },
    { name: 'today', apply: () => {}, before: [], flags: ['--today', '2028-06-01'] },
    {
      name: 'the base commit (the same files, another commit)',
      apply: (root) => {
        edit(root, 'content/sops/voice-and-tone.mdx', (text) => `${text}\nCommitted line.\n`);
        commitAll(root, 'second');
        edit(root, 'content/sops/voice-and-tone.mdx', (text) => text.replace('\nCommitted line.\n', ''));
      },
      flags: ['--base', 'HEAD'],
    },
    {
      name: 'an asset an SOP shows is removed',
      apply: (root) => rmSync(path.join(root, 'content/assets/stripe-refund-dialog.svg')),
    },
    {
      name: 'a folder appears under an SOP name',
      apply: (root) => mkdirSync(path.join(root, 'content/sops/folder.mdx')),
    },
    {
      name: 'a byte that is not UTF-8',
      apply: (root) => {
        const target = path.join(root, 'content/sops/voice-and-tone.mdx');
        writeFileSync(target, Buffer.concat([readFileSync(target), Buffer.from([0x0a, 0xff, 0x0a])]));
      },
    },
  ];

  for (const change of changes) {
    it(`is not printed after a change to ${change.name}: the lint runs, and its report is kept instead`, async () => {
      const root = committedSample();
      await lint(root, change.before ?? change.flags);
      markKeptReport(root);
      change.apply(root);
      const expected = await lint(root, ['--no-cache', ...(change.flags ?? [])]);
      expect(expected).not.toContain(marker);
      expect(await lint(root, change.flags)).toBe(expected);
      // And the report kept now is the new one: marked, it is what the next lint prints.
      markKeptReport(root);
      expect(await lint(root, change.flags)).toContain(marker);
    }, 60_000);
  }

  it('is neither read nor written by --no-cache', async () => {
    const root = committedSample();
    await lint(root);
    markKeptReport(root);
    expect(await lint(root, ['--no-cache'])).not.toContain(marker);
    rmSync(lintReportFile(root));
    await lint(root, ['--no-cache']);
    expect(existsSync(lintReportFile(root))).toBe(false);
  }, 60_000);

  it('is not used for a --base that names no commit: the lint says so', async () => {
    // Outside git a --base is not checked; once the folder is a repository, the same lint of the same files must say
    // that the base names no commit, not print the report kept outside git.
    const root = sampleCopy();
    expect((await runSop(root, ['lint', '--base', 'origin/mian'])).code).toBe(0);
    git(root, 'init', '-q');
    commitAll(root, 'first');
    await expectRefused(root, ['--base', 'origin/mian'], '`origin/mian` is not a commit');
  }, 60_000);

  it('is not used for a --jobs that is no number: the lint says so', async () => {
    const root = committedSample();
    await lint(root);
    await expectRefused(root, ['--jobs', 'abc'], '--jobs must be a whole number of 1 or more; got `abc`');
  }, 60_000);

  it('is not kept from a lint in which git could not give a base copy', async () => {
    const root = committedSample();
    const sop = 'content/sops/voice-and-tone.mdx';
    const blob = execFileSync('git', ['rev-parse', `HEAD:${sop}`], { cwd: root, encoding: 'utf8' }).trim();
    edit(root, sop, (text) => `${text}\nA changed body, the version not bumped.\n`);
    const complete = await lint(root, ['--no-cache']);
    expect(complete).toContain('version-not-bumped');
    const object = path.join(root, '.git', 'objects', blob.slice(0, 2), blob.slice(2));
    const saved = readFileSync(object);
    rmSync(object, { force: true });
    expect(await lint(root)).not.toContain('version-not-bumped');
    expect(existsSync(lintReportFile(root))).toBe(false);
    writeFileSync(object, saved);
    expect(await lint(root)).toBe(complete);
  }, 60_000);

  it("follows git's own view of what changed: a file marked --assume-unchanged", async () => {
    const root = committedSample();
    const sop = 'content/sops/voice-and-tone.mdx';
    edit(root, sop, (text) => `${text}\nA changed body, the version not bumped.\n`);
    expect(await lint(root)).toContain('version-not-bumped');
    markKeptReport(root);
    git(root, 'update-index', '--assume-unchanged', sop);
    const expected = await lint(root, ['--no-cache']);
    expect(expected).not.toContain('version-not-bumped');
    expect(await lint(root)).toBe(expected);
  }, 60_000);

  it('names files from the repository root in GitHub annotations, replayed or not, with or without a commit', async () => {
    const repository = tempFolder('sop-lint-replay-');
    const playbook = path.join(repository, 'docs', 'playbook');
    cpSync(sample, path.join(playbook, 'content'), { recursive: true });
    cacheFolders.push(path.dirname(lintReportFile(playbook)));
    git(repository, 'init', '-q');
    const annotations = async (flags: string[] = []) =>
      (await runSop(playbook, ['lint', '--format', 'github', ...flags])).stdout.split('\n').filter((line) => line.startsWith('::'));
    // No commit yet: the base does not resolve, and the folder's place is asked of git on its own.
    const before = await annotations(['--no-cache']);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((line) => line.includes('file=docs/playbook/content/'))).toBe(true);
    expect(await annotations()).toEqual(before);
    commitAll(repository, 'first');
    edit(playbook, 'content/sops/voice-and-tone.mdx', (text) => `${text}\nA changed body, the version not bumped.\n`);
    const expected = await annotations(['--no-cache']);
    expect(expected.some((line) => line.includes('file=docs/playbook/content/sops/voice-and-tone.mdx'))).toBe(true);
    expect(expected.every((line) => line.includes('file=docs/playbook/content/'))).toBe(true);
    expect(await annotations()).toEqual(expected);
    expect(await annotations()).toEqual(expected);
  }, 60_000);

  it('is not used once the playbook moved to another folder of its repository', async () => {
    const repository = tempFolder('sop-lint-replay-');
    const from = path.join(repository, 'docs', 'playbook');
    cpSync(sample, path.join(from, 'content'), { recursive: true });
    // With its own node_modules the playbook keeps its cache there, so the kept report moves with it.
    mkdirSync(path.join(from, 'node_modules'));
    git(repository, 'init', '-q');
    writeFileSync(path.join(repository, '.gitignore'), 'node_modules/\n');
    commitAll(repository, 'first');
    edit(from, 'content/sops/voice-and-tone.mdx', (text) => `${text}\nA changed body, the version not bumped.\n`);
    expect(await lint(from)).toContain('version-not-bumped');
    markKeptReport(from);
    const to = path.join(repository, 'docs', 'playbook-moved');
    renameSync(from, to);
    const expected = await lint(to, ['--no-cache']);
    expect(expected).not.toContain('version-not-bumped');
    expect(await lint(to)).toBe(expected);
  }, 60_000);
});

describe('the fingerprint of a lint', () => {
  const inputs = (): ReplayInputs => ({
    sources: {
      playbook: { path: 'content/playbook.yaml', text: 'title: T\n' },
      team: undefined,
      sops: [{ path: 'content/sops/a.mdx', text: '---\ntitle: A\n---\n' }],
      macros: [],
      skipped: [],
    },
    today: '2026-11-23',
    base: 'HEAD',
    git: `HEAD\n${'a'.repeat(40)}\n\nlisted\ncontent/sops/a.mdx\0${'b'.repeat(40)}\0`,
    diagrams: '11.0.0',
  });

  it('changes with each input and with the code that lints', () => {
    const same = lintFingerprint(inputs(), 'code');
    expect(lintFingerprint(inputs(), 'code')).toBe(same);
    const variants: Array<(value: ReplayInputs) => void> = [
      (value) => (value.sources.sops = [{ path: 'content/sops/a.mdx', text: '---\ntitle: B\n---\n' }]),
      (value) => (value.sources.sops = [{ path: 'content/sops/b.mdx', text: '---\ntitle: A\n---\n' }]),
      (value) => (value.sources.macros = [{ path: 'content/sops/a.mdx', text: '---\ntitle: A\n---\n' }]),
      (value) => (value.sources.team = { path: 'content/team.yaml', text: 'teams: []\n' }),
      (value) => (value.sources.skipped = [{ path: 'content/sops/x.mdx', reason: 'a folder' }]),
      (value) => (value.sources.sops[0]!.encodingProblems = [{ line: 1, column: 1, message: 'byte 0xff' }]),
      (value) => (value.today = '2026-11-24'),
      (value) => (value.base = 'origin/main'),
      (value) => (value.git = undefined),
      (value) => (value.git = value.git!.replace(/\0$/, '\0changed')),
      (value) => (value.diagrams = 'none'),
    ];
    const seen = new Set([same, lintFingerprint(inputs(), 'other code')]);
    expect(seen.size).toBe(2);
    for (const change of variants) {
      const value = inputs();
      change(value);
      seen.add(lintFingerprint(value, 'code'));
    }
    expect(seen.size).toBe(variants.length + 2);
  });

  it('keeps the parts apart: a path and a text that run together differently differ', () => {
    const one = inputs();
    const two = inputs();
    one.sources.sops = [{ path: 'content/sops/a.mdx', text: 'xy' }];
    two.sources.sops = [{ path: 'content/sops/a.mdxx', text: 'y' }];
    expect(lintFingerprint(one, 'code')).not.toBe(lintFingerprint(two, 'code'));
  });
});

describe('a kept report', () => {
  it('is used only under its fingerprint and while every asset answer it rests on holds', () => {
    const file = path.join(tempFolder('sop-kept-report-'), 'nested', 'lint-report.json');
    const result = { files: ['content/sops/a.mdx'], diagnostics: [] };
    const asked = answeringAssets((target) => target === 'content/assets/a.png');
    expect(asked.check('content/assets/a.png')).toBe(true);
    expect(asked.check('public/b.png')).toBe(false);
    keepReport(file, 'f1', result, asked.answers());
    const present = new Set(['content/assets/a.png']);
    const exists = (target: string) => present.has(target);
    expect(keptReport(file, 'f1', exists)).toEqual(result);
    expect(keptReport(file, 'f2', exists)).toBeUndefined();
    present.add('public/b.png');
    expect(keptReport(file, 'f1', exists)).toBeUndefined();
    present.delete('public/b.png');
    present.delete('content/assets/a.png');
    expect(keptReport(file, 'f1', exists)).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(keptReport(file, 'f1', () => true)).toBeUndefined();
  });

  it('is never a damaged or foreign file: each part and each finding must have the shape this code writes', () => {
    const file = path.join(tempFolder('sop-kept-report-'), 'lint-report.json');
    const finding = { file: 'content/sops/a.mdx', line: 2, column: 1, message: 'm', ruleId: 'missing-steps', severity: 'warning' };
    const record = (changes: Record<string, unknown>) => ({
      format: 1,
      fingerprint: 'f',
      assets: [['content/assets/a.png', true]],
      files: ['content/sops/a.mdx'],
      diagnostics: [finding],
      ...changes,
    });
    writeFileSync(file, JSON.stringify(record({})));
    expect(keptReport(file, 'f', () => true)).toEqual({ files: ['content/sops/a.mdx'], diagnostics: [finding] });
    const damaged = [
      null,
      [],
      'text',
      record({ assets: [null] }),
      record({ assets: [['content/assets/a.png', 'yes']] }),
      record({ files: [3] }),
      record({ diagnostics: [null] }),
      record({ diagnostics: [{ ...finding, line: undefined }] }),
      record({ diagnostics: [{ ...finding, line: 0 }] }),
      record({ diagnostics: [{ ...finding, column: 1.5 }] }),
      record({ diagnostics: [{ ...finding, severity: 'info' }] }),
      record({ diagnostics: [{ ...finding, message: 42 }] }),
      record({ diagnostics: [{ ...finding, endLine: 'x' }] }),
      record({ diagnostics: [{ ...finding, hint: {} }] }),
    ];
    for (const value of damaged) {
      writeFileSync(file, JSON.stringify(value));
      expect(
        keptReport(file, 'f', () => true),
        JSON.stringify(value),
      ).toBeUndefined();
    }
  });
});
