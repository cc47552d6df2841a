// Documents nested deeper than any handbook: an import skips them, saying why, rather than hang or stop on them.
import { isStackOverflow } from '../../stack-overflow.ts';

export interface TooDeep {
  kind: 'too-deep';
  message: string;
}

/** Lists or quotes nested deeper than any document needs; Markdown's parser takes time that grows with the square of it. */
const maximumNesting = 100;

/**
 * Why a Markdown document is skipped for its nesting, or undefined: a list 400 levels deep took the import 11 s and one
 * 800 deep 69 s, and 20,000 nested quotes exhausted the stack. Read from each line's indent (two spaces a level) and `>`s.
 */
export function tooDeep(text: string): TooDeep | undefined {
  let deepest = 0;
  // Every line ending Markdown knows: a file with old Mac line ends (a lone CR) is no single line to it.
  for (const line of text.split(/\r\n?|\n/)) {
    const quotes = /^(?:[ \t]*>)*/.exec(line)![0].replace(/[^>]/g, '').length;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    deepest = Math.max(deepest, quotes, Math.floor(indent / 2));
  }
  if (deepest <= maximumNesting) return undefined;
  return {
    kind: 'too-deep',
    message: `it nests lists or quotes about ${deepest} levels deep (more than ${maximumNesting}); flatten it and import it again`,
  };
}

/**
 * What `read` returns, or why the document is skipped when reading it ran out of stack: the Markdown and HTML tools read
 * an element inside another by recursion. Any other failure is a bug and goes on up.
 */
export function readNested<Reading>(read: () => Reading, what = 'its Markdown'): Reading | TooDeep {
  try {
    return read();
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { kind: 'too-deep', message: `${what} is nested too deep to read` };
  }
}
