// What a command may touch of the outside world, handed in so that tests can run commands in-process.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout may carry ANSI colour (a TTY, and `NO_COLOR` unset). */
  colour: boolean;
  /** The clock; `--today` and `SOP_TODAY` take precedence. */
  now: () => Date;
  /** Whether stderr is a terminal, where progress lines on long runs help rather than clutter logs. */
  stderrIsTTY?: boolean;
}

/** A failure of the command itself (bad arguments, unreadable config): exit code 2, message without a stack. */
export class UsageError extends Error {}

export const exitCodes = { clean: 0, lintErrors: 1, usage: 2 } as const;

/**
 * Says on stderr which missing folders a command created for its output. Every command with
 * `--output`/`--out` creates them (as `mkdir -p` would) rather than refusing: `--force` means
 * "replace an existing file", and a folder that did not exist holds nothing to lose.
 */
export function noteCreatedFolders(io: CliIO, folders: readonly string[]): void {
  for (const folder of folders) io.stderr(`sop: created the folder \`${displayFrom(io.cwd, folder)}\`\n`);
}

function displayFrom(cwd: string, absolute: string): string {
  const relative = absolute.startsWith(`${cwd}/`) ? absolute.slice(cwd.length + 1) : absolute;
  return relative === '' ? '.' : relative;
}
