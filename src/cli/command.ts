// The small contract between the program and each command module.
import type { Command } from 'commander';
import type { CliIO } from './io.ts';

/** Runs a command's action and records its exit code; actions return codes, never call process.exit. */
export type CommandRunner = (action: () => Promise<number>) => Promise<void>;

export type RegisterCommand = (program: Command, run: CommandRunner, io: CliIO) => void;

/** Options every command that reads the playbook takes. */
export interface PlaybookOptions {
  root?: string;
  today?: string;
}

export function addPlaybookOptions(command: Command): Command {
  return command
    .option('--root <dir>', 'playbook repository root (holds content/)', '.')
    .option('--today <YYYY-MM-DD>', 'pin today for review dates (default: SOP_TODAY, else the clock in the playbook time zone)');
}
