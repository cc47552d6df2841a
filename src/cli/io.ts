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
