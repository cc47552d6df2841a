// Text that may reach a terminal, with the control characters a playbook could carry made visible instead of run.

/** The colours the reports paint with (bold, dim, underline, red, green, yellow, reset): the only escapes let through. */
// eslint-disable-next-line no-control-regex -- the escape character is the point of the pattern
const ownColour = /^\u001b\[(?:0|1|2|4|31|32|33)m/;

/**
 * Control characters from a playbook (an owner written `"\e]0;title\a"`, a file name with an escape in it, a carriage
 * return that would send the cursor back over a finding) are shown as `\u001B` instead of being run by the terminal,
 * which would let a pull request retitle the window, clear the screen, hide findings or, in some terminals, write to
 * the clipboard. Written as a JSON escape, so that JSON and SARIF on the same stream still parse (JSON.stringify leaves
 * DEL and U+0080 to U+009F as they are). Tabs, line ends (`\n`, `\r\n`: the review calendar's are CRLF) stay, and so
 * do, with `colour`, the colours the reports themselves paint with.
 */
export function terminalSafe(text: string, colour: boolean): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g, (character, offset: number) =>
    colour && character === '\u001b' && ownColour.test(text.slice(offset, offset + 5))
      ? character
      : `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
