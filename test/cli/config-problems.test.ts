import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { basePlaybookYaml, baseTeamYaml } from '../helpers/playbook.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs `sop lint` on a playbook folder holding just these config files. */
async function lintWith(files: { playbook: string; team: string }) {
  const root = mkdtempSync(path.join(tmpdir(), 'sop-config-'));
  folders.push(root);
  mkdirSync(path.join(root, 'content'));
  writeFileSync(path.join(root, 'content/playbook.yaml'), files.playbook);
  writeFileSync(path.join(root, 'content/team.yaml'), files.team);
  let stdout = '';
  let stderr = '';
  const code = await runCli(['lint', '--root', root], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: root,
    env: { SOP_TODAY: '2026-11-23' },
    colour: false,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('configuration problems', () => {
  it('stops the command with exit 2 when team.yaml is invalid, naming file, line and column', async () => {
    const result = await lintWith({ playbook: basePlaybookYaml, team: 'people:\n  - { id: Maya Chen, name: Maya }\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content/team.yaml:2:11: `people.0.id` must be a lowercase kebab-case id');
    expect(result.stdout).toBe('');
  });

  it('stops the command with exit 2 when playbook.yaml is invalid', async () => {
    const result = await lintWith({ playbook: 'title: Test\ndueSoonDays: soon\n', team: baseTeamYaml });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content/playbook.yaml:2:14: `dueSoonDays` must be a number; found `soon`');
  });
});
