// The `sop` program: one commander tree whose commands share help, flags, exit codes and error style.
import { Command, CommanderError } from 'commander';
import { exitCodes, UsageError, type CliIO } from './io.ts';
import { registerBuild } from './commands/build.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerLint } from './commands/lint.ts';
import { registerMacros } from './commands/macros.ts';
import { registerNew } from './commands/new.ts';
import { registerReport } from './commands/report.ts';
import { exitOnUsageErrors, type CommandRunner } from './command.ts';
import { OutputPathError } from '../node/output-path.ts';

const registrations = [registerLint, registerBuild, registerNew, registerReport, registerImport, registerMacros, registerExport];

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = exitCodes.clean;
  const run: CommandRunner = async (action) => {
    exitCode = await action();
  };
  const program = new Command('sop')
    .description('Write, check and publish customer-support SOPs')
    .showHelpAfterError('(run `sop --help` for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) });
  for (const register of registrations) register(program, run, io);
  exitOnUsageErrors(program);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      return error.exitCode === 0 ? exitCodes.clean : exitCodes.usage;
    }
    if (error instanceof UsageError || error instanceof OutputPathError) {
      io.stderr(`sop: ${error.message}\n`);
      return exitCodes.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`sop: unexpected failure: ${message}\n`);
    if (io.env.SOP_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('Set SOP_DEBUG=1 to see where it happened, and please report it.\n');
    return exitCodes.usage;
  }
}
