// The `sop` program: one commander tree whose commands share help, flags, exit codes and error style.
import { Command, CommanderError } from 'commander';
import { exitCodes, UsageError, type CliIO } from './io.ts';
import { terminalSafe } from '../core/terminal-safe.ts';
import { exitOnUsageErrors, type CommandRunner, type RegisterCommand } from './command.ts';
import { OutputPathError } from '../node/output-path.ts';

/**
 * Each command's module, loaded only when needed: `sop lint` need not load the importers, the help-desk
 * converters and the build (a tenth of a second of a lint's start-up). All are loaded for `sop --help`,
 * `sop help` and a mistyped command, which list or suggest them.
 */
const registrations: Record<string, () => Promise<RegisterCommand>> = {
  lint: async () => (await import('./commands/lint.ts')).registerLint,
  build: async () => (await import('./commands/build.ts')).registerBuild,
  new: async () => (await import('./commands/new.ts')).registerNew,
  report: async () => (await import('./commands/report.ts')).registerReport,
  import: async () => (await import('./commands/import.ts')).registerImport,
  macros: async () => (await import('./commands/macros.ts')).registerMacros,
  export: async () => (await import('./commands/export.ts')).registerExport,
};

export async function runCli(argv: string[], outside: CliIO): Promise<number> {
  const io: CliIO = {
    ...outside,
    stdout: (text) => outside.stdout(terminalSafe(text, outside.colour)),
    stderr: (text) => outside.stderr(terminalSafe(text, outside.colour)),
  };
  let exitCode: number = exitCodes.clean;
  const run: CommandRunner = async (action) => {
    exitCode = await action();
  };
  const program = new Command('sop')
    .description('Write, check and publish customer-support SOPs')
    .showHelpAfterError('(run `sop --help` for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) });
  const named = argv[0] !== undefined && Object.hasOwn(registrations, argv[0]) ? [argv[0]] : Object.keys(registrations);
  for (const register of await Promise.all(named.map((name) => registrations[name]!()))) register(program, run, io);
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
