// Runs the `sop` CLI in-process on a playbook written to a temporary folder, capturing what it prints.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { playbookFiles, type PlaybookFiles } from './playbook.ts';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder removed after the test. */
export function tempFolder(prefix = 'sop-cli-'): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** Writes files (paths relative to the folder) into a new temporary folder: the base playbook unless replaced. */
export function writePlaybook(files: PlaybookFiles = playbookFiles()): string {
  const root = tempFolder();
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runSop(cwd: string, args: string[], overrides: Partial<CliIO> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: { SOP_TODAY: '2026-11-23' },
    colour: false,
    now: () => new Date('2026-11-23T12:00:00Z'),
    ...overrides,
  });
  return { code, stdout, stderr };
}
