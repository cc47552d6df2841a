// Finds where a JSON text stops being JSON: V8's messages omit the position for some errors, so we scan ourselves.
import type { SourceRange } from '../diagnostic.ts';

export interface JsonSyntaxError extends SourceRange {
  message: string;
}

class ScanFailure extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

const escapable = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A recursive-descent scan that follows RFC 8259 only far enough to find the first offending character. */
function scan(text: string): void {
  let at = 0;
  const fail = (message: string): never => {
    throw new ScanFailure(at, message);
  };
  const found = () => (at >= text.length ? 'end of file' : `\`${text[at]}\``);
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expect = (character: string, what: string) => {
    skipSpace();
    if (text[at] !== character) fail(`unexpected ${found()}; expected ${what}`);
    at++;
  };

  const string = () => {
    at++;
    for (;;) {
      if (at >= text.length) fail('a string is not closed; add the missing `"`');
      const character = text[at]!;
      if (character === '"') {
        at++;
        return;
      }
      if (character === '\\') {
        const next = text[at + 1];
        if (next === undefined || !escapable.has(next)) {
          at++;
          fail(`\`\\${next ?? ''}\` is not a JSON escape; write \`\\\\\` for a backslash`);
        }
        if (next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('`\\u` must be followed by four hex digits');
        at += next === 'u' ? 6 : 2;
        continue;
      }
      if (character < ' ') fail('a string holds a raw control character such as a line break; write it as an escape such as `\\n`');
      at++;
    }
  };

  const value = (): void => {
    skipSpace();
    const character = text[at];
    if (character === '{') {
      object();
      return;
    }
    if (character === '[') {
      array();
      return;
    }
    if (character === '"') {
      string();
      return;
    }
    if (character === '-' || (character !== undefined && character >= '0' && character <= '9')) {
      numberPattern.lastIndex = at;
      if (!numberPattern.exec(text)) fail(`unexpected ${found()}; expected a number`);
      at = numberPattern.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return;
      }
    }
    fail(`unexpected ${found()}; expected a value (an object, array, string, number, true, false or null)`);
  };

  const object = () => {
    at++;
    skipSpace();
    if (text[at] === '}') {
      at++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail(`unexpected ${found()}; expected a property name in double quotes`);
      string();
      expect(':', '`:` after the property name');
      value();
      skipSpace();
      if (text[at] === '}') {
        at++;
        return;
      }
      expect(',', '`,` or `}`');
    }
  };

  const array = () => {
    at++;
    skipSpace();
    if (text[at] === ']') {
      at++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[at] === ']') {
        at++;
        return;
      }
      expect(',', '`,` or `]`');
    }
  };

  value();
  skipSpace();
  if (at < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
}

/** 1-based line and column of a UTF-16 offset. */
function positionAt(text: string, offset: number): SourceRange {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** JSON.parse with the position of the first syntax error; a leading byte-order mark is allowed. */
export function parseJson(text: string): JsonParseResult {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bom);
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    try {
      scan(body);
    } catch (failure) {
      if (failure instanceof ScanFailure) {
        return { ok: false, error: { ...positionAt(text, failure.offset + bom), message: failure.message } };
      }
      throw failure;
    }
    // The scan accepts what V8 rejects only for exotic input (such as lone surrogates); keep V8's words.
    return { ok: false, error: { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Where the value at `path` (`['macros', 3, 'usage_7d']`) starts in a text that is valid JSON, so that a message about
 * an entry of an export points at it; where the nearest enclosing value starts when the rest of the path is absent.
 */
export function jsonValuePosition(text: string, path: ReadonlyArray<string | number>): SourceRange {
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const skipString = () => {
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
  };
  const skipValue = () => {
    skipSpace();
    if (text[at] === '"') {
      skipString();
      return;
    }
    if (text[at] !== '{' && text[at] !== '[') {
      while (at < text.length && !',}] \t\n\r'.includes(text[at]!)) at++;
      return;
    }
    let depth = 0;
    do {
      const character = text[at];
      if (character === '"') {
        skipString();
        continue;
      }
      if (character === '{' || character === '[') depth++;
      else if (character === '}' || character === ']') depth--;
      at++;
    } while (depth > 0 && at < text.length);
  };
  /** Moves to the value of `key` in the object or array at `at`; false, having moved nowhere, when it has none. */
  const enter = (key: string | number): boolean => {
    const start = at;
    const isArray = typeof key === 'number';
    if (text[at] !== (isArray ? '[' : '{')) return false;
    at++;
    for (let index = 0; ; index++) {
      skipSpace();
      if (at >= text.length || text[at] === (isArray ? ']' : '}')) break;
      let matches = index === key;
      if (!isArray) {
        const nameStart = at;
        skipString();
        matches = JSON.parse(text.slice(nameStart, at)) === key;
        skipSpace();
        at++;
      }
      skipSpace();
      if (matches) return true;
      skipValue();
      skipSpace();
      if (text[at] === ',') at++;
    }
    at = start;
    return false;
  };
  skipSpace();
  for (const key of path) if (!enter(key)) break;
  return positionAt(text, at);
}
