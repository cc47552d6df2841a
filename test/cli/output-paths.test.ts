// Item 1 of issue 17: every command that writes an output path fails fast with a plain message, and says which folders it created.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSop, writeFiles, writePlaybook } from '../helpers/cli-run.ts';
import { macroText } from '../helpers/playbook.ts';

function playbookWithMacro(): string {
  const root = writePlaybook();
  writeFiles(root, { 'content/macros/refund-approved.md': macroText() });
  return root;
}

const commands: Array<[string, (target: string) => string[]]> = [
  ['report reviews --output', (target) => ['report', 'reviews', '--output', target]],
  ['macros export zendesk --output', (target) => ['macros', 'export', 'zendesk', '--output', target]],
];

describe.each(commands)('%s', (_name, argsFor) => {
  it('stops at once with exit 2 when the folder cannot be created under /proc', async () => {
    const started = performance.now();
    const result = await runSop(playbookWithMacro(), argsFor('/proc/nope/x.json'));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: cannot create the folder `/proc/nope`: the folder does not accept new entries; choose another place\n',
    });
  });

  it('says the folder cannot be created under /sys', async () => {
    const result = await runSop(playbookWithMacro(), argsFor('/sys/nope/x.json'));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: cannot create the folder `/sys/nope`: permission denied; choose another place\n',
    });
  });

  it('says a file stands where a folder is needed', async () => {
    const root = playbookWithMacro();
    writeFileSync(path.join(root, 'notes.txt'), 'keep me');
    const result = await runSop(root, argsFor('notes.txt/x.json'));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `sop: cannot write into \`${path.join(root, 'notes.txt')}\`: \`${path.join(root, 'notes.txt')}\` is a file, not ` +
        `a folder; choose another place\n`,
    });
    expect(readFileSync(path.join(root, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('says a folder it may not write into is read-only for it', async () => {
    const result = await runSop(playbookWithMacro(), argsFor('/sys/x.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "sop: cannot write `/sys/x.json`: permission denied; choose another place or fix the folder's permissions\n",
    );
  });

  it('refuses, even with --force, a named pipe or a link to a device, which it would replace with a plain file', async () => {
    const root = playbookWithMacro();
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    symlinkSync('/dev/null', path.join(root, 'null'));
    // As /dev/stdout (a link to /proc/self/fd/1) does when stdout is sent to a file, this link leads to a plain file.
    writeFileSync(path.join(root, 'plain.json'), '{}');
    symlinkSync(`/proc/self/root${path.join(root, 'plain.json')}`, path.join(root, 'stdout'));
    for (const name of ['pipe', 'null', 'stdout']) {
      const target = path.join(root, name);
      const result = await runSop(root, [...argsFor(target), '--force']);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `sop: cannot write \`${target}\`: it is a device, pipe or socket, not a file; name a file (without an output file, ` +
          'a report is printed)\n',
      });
    }
    expect(lstatSync(path.join(root, 'pipe')).isFIFO()).toBe(true);
    expect(lstatSync(path.join(root, 'null')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(root, 'stdout')).isSymbolicLink()).toBe(true);
  });

  it('creates missing folders and says so on stderr', async () => {
    const root = playbookWithMacro();
    const result = await runSop(root, argsFor('out/2026/x.json'));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('sop: created the folder `out`\nsop: created the folder `out/2026`\n');
    expect(readFileSync(path.join(root, 'out/2026/x.json'), 'utf8').length).toBeGreaterThan(0);
  });
});

describe('sop import markdown --out', () => {
  it('says a file stands where the --out folder should be', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'handbook/refunds.md': '# Refunds\n\nText.\n', drafts: 'a file' });
    const result = await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops', '--out', 'drafts/new']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `sop: cannot write into \`${path.join(root, 'drafts/new')}\`: \`${path.join(root, 'drafts')}\` is a file, not a folder; ` +
        `choose another place\n`,
    );
  });

  it('says which --out folder it created', async () => {
    const root = writePlaybook();
    writeFiles(root, { 'handbook/refunds.md': '# Refunds\n\nText.\n' });
    mkdirSync(path.join(root, 'content/sops'));
    const result = await runSop(root, ['import', 'markdown', 'handbook', '--owner', 'billing-ops', '--out', 'drafts']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^sop: created the folder `drafts`\n/);
  });
});

describe('sop build --out', () => {
  it('refuses, before linting, an output folder that holds the playbook or the current folder, with exit 2 and no bug report', async () => {
    const root = playbookWithMacro();
    for (const out of ['.', '..', 'content/..']) {
      const result = await runSop(root, ['build', '--out', out]);
      expect(result.code, out).toBe(2);
      expect(result.stdout, out).toBe('');
      expect(result.stderr, out).toBe(
        `sop: the output folder \`${path.resolve(root, out)}\` holds the playbook or the current folder; pass another \`--out\`\n`,
      );
    }
  });

  it('refuses, before linting, an output folder in content/ or .git/, which the build would replace with the site', async () => {
    const root = playbookWithMacro();
    for (const [out, message] of [
      ['content', `is \`${path.join(root, 'content')}\``],
      ['content/sops', `is inside \`${path.join(root, 'content')}\``],
      ['.git/site', `is inside \`${path.join(root, '.git')}\``],
    ] as const) {
      expect(await runSop(root, ['build', '--out', out])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `sop: the output folder \`${path.join(root, out)}\` ${message}, and a build replaces its output folder whole with ` +
          'the site; pass another `--out`\n',
      });
    }
    expect(readFileSync(path.join(root, 'content/macros/refund-approved.md'), 'utf8')).toBe(macroText());
  });

  it('refuses, before linting, a SOP_BASE or SOP_SITE the site cannot be published under, with exit 2', async () => {
    const root = playbookWithMacro();
    for (const base of ['../x/', '//evil.example/', 'javascript:alert(1)//', '/a b/']) {
      expect(await runSop(root, ['build'], { env: { SOP_TODAY: '2026-11-23', SOP_BASE: base } })).toEqual({
        code: 2,
        stdout: '',
        stderr:
          "sop: SOP_BASE must be a path from the site's root, such as `/playbook/` (letters, digits, `-`, `_`, `.`); got " +
          `\`${base}\`\n`,
      });
    }
    expect(await runSop(root, ['build'], { env: { SOP_TODAY: '2026-11-23', SOP_SITE: 'support' } })).toEqual({
      code: 2,
      stdout: '',
      stderr: "sop: SOP_SITE must be the site's web address, such as `https://support.example.com`; got `support`\n",
    });
  });

  it('refuses, before linting, a SOP_SEARCH_SHARD_PAGES that is no whole number of pages, with exit 2', async () => {
    const root = playbookWithMacro();
    for (const value of ['0', 'many', '-5', '2.5', '5000x']) {
      expect(await runSop(root, ['build'], { env: { SOP_TODAY: '2026-11-23', SOP_SEARCH_SHARD_PAGES: value } })).toEqual({
        code: 2,
        stdout: '',
        stderr: `sop: SOP_SEARCH_SHARD_PAGES must be a whole number of pages, such as 5000; got \`${value}\`\n`,
      });
    }
  });

  it('refuses, before linting, an output folder that is a file or a named pipe, which the build would delete', async () => {
    const root = playbookWithMacro();
    writeFileSync(path.join(root, 'notes.txt'), 'keep me');
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    for (const [out, what] of [
      ['notes.txt', 'a file'],
      ['pipe', 'a device, pipe or socket'],
    ] as const) {
      expect(await runSop(root, ['build', '--out', out])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `sop: the output folder \`${path.join(root, out)}\` is ${what}, which the build would replace with the site; pass ` +
          'another `--out`\n',
      });
    }
    expect(readFileSync(path.join(root, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(root, 'pipe')).isFIFO()).toBe(true);
  });
});
