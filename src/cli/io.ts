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

/** The colours the reports paint with (bold, dim, underline, red, green, yellow, reset): the only escapes let through. */
// eslint-disable-next-line no-control-regex -- the escape character is the point of the pattern
const ownColour = /^\u001b\[(?:0|1|2|4|31|32|33)m/;

/**
 * Text as it may reach a terminal: control characters from a playbook (an owner written `"\e]0;title\a"`, a file
 * name with an escape in it) are shown as `\x1B` instead of being run by the terminal, which would let a pull request
 * retitle the window, clear the screen, hide findings or, in some terminals, write to the clipboard. Tabs and line
 * ends stay, and so do, with `colour`, the colours the reports themselves paint with.
 */
export function terminalSafe(text: string, colour: boolean): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (character, offset: number) =>
    colour && character === '\u001b' && ownColour.test(text.slice(offset, offset + 5))
      ? character
      : `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

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
