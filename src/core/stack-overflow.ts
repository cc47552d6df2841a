// V8 running out of stack, which parsers that read a nested element by recursion do on input nested thousands deep.

/**
 * Whether `error` (a thrown error, or the message a parser kept of one) is V8 out of stack: `RangeError: Maximum call
 * stack size exceeded`, or a regular expression's `…: Stack overflow` (the `yaml` parser's, on `[[[[…`).
 */
export function isStackOverflow(error: unknown): boolean {
  const message =
    error instanceof RangeError || error instanceof SyntaxError ? error.message : typeof error === 'string' ? error : undefined;
  return message !== undefined && /call stack|stack overflow/i.test(message);
}
