// The small contract between the program and each command module.
import type { Command } from 'commander';
import { unknownOwner } from '../core/unknown-choice.ts';
import type { Playbook } from '../core/model.ts';
import { FileExistsError, writeFileAtomic } from '../node/write-file-atomic.ts';
import { UsageError, type CliIO } from './io.ts';

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

/** `--base <ref>` for the commands that run `version-not-bumped` (lint, build). */
export function addGitBaseOption(command: Command): Command {
  return command.option('--base <ref>', 'git ref that `version-not-bumped` compares against', 'HEAD');
}

/** `sop macros import zendesk`: the command's full name, for messages. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current.parent; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

/** Every command and sub-command: commander errors reach runCli as exit 2 (never end the process) and name their help. */
export function exitOnUsageErrors(command: Command): void {
  for (const child of command.commands) {
    child.exitOverride().showHelpAfterError(`(run \`sop ${commandPath(child)} --help\` for usage)`);
    exitOnUsageErrors(child);
  }
}

/** `--owner` must name a person or team in team.yaml: one check and one message for every command. */
export function requireOwner(playbook: Playbook, owner: string): void {
  const { people, teams } = playbook.team.data;
  const ownerIds = [...people, ...teams].map((entry) => entry.id);
  if (!ownerIds.includes(owner)) throw new UsageError(unknownOwner(owner, ownerIds));
}

/**
 * Writes a command's output file atomically; an existing file is a usage error (exit 2) unless `overwrite`.
 * `shown` is the path as the user wrote it; `fix` says what to do instead (default: pass --force).
 */
/** Writes a command's output file; returns the folders it had to create, which the command names on stderr. */
export async function writeOutputFile(
  target: string,
  text: string,
  options: { overwrite: boolean; shown: string; fix?: string },
): Promise<string[]> {
  try {
    return (await writeFileAtomic(target, text, { overwrite: options.overwrite })).createdFolders;
  } catch (error) {
    if (error instanceof FileExistsError)
      throw new UsageError(`\`${options.shown}\` already exists; ${options.fix ?? 'pass --force to replace it'}`);
    throw error;
  }
}
