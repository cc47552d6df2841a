// Escapes plain reply text for Markdown (GFM, as the loader and the site read it), only where syntax could form, so it still reads as
// typed.

/** Zendesk placeholders (`{{ticket.id}}`) and Liquid tags (`{% if … %}`); never escaped, so reps copy them as written. */
const placeholderPattern = /\{\{[^{}<>\n]*\}\}|\{%[^{}<>\n]*%\}/g;

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);
const isSpace = (character: string | undefined) => character === undefined || /\s/u.test(character);
const isAsciiPunctuation = (character: string | undefined) => character !== undefined && /[!-/:-@[-`{-~]/.test(character);

/**
 * One character of running text. Emphasis markers with a space on both sides can neither open nor close; an
 * underscore inside a word cannot open emphasis (`first_name`); a `]` only links before `(`, `[` or `:`; `<` only
 * opens a tag before a letter, `/`, `!` or `?`; a backslash only escapes punctuation or, at a line end, breaks it.
 */
function escapeCharacter(character: string, previous: string | undefined, next: string | undefined): string {
  switch (character) {
    case '*':
    case '~':
      return isSpace(previous) && isSpace(next) ? character : `\\${character}`;
    case '_':
      return (isSpace(previous) && isSpace(next)) || (isWordCharacter(previous) && isWordCharacter(next)) ? character : '\\_';
    case '`':
      return '\\`';
    case ']':
      return next === '(' || next === '[' || next === ':' ? '\\]' : character;
    case '<':
      return next !== undefined && /[A-Za-z/!?]/.test(next) ? '\\<' : character;
    case '\\':
      return isAsciiPunctuation(next) || next === undefined || next === '\n' ? '\\\\' : character;
    default:
      return character;
  }
}

function escapeInline(text: string, before: string | undefined, after: string | undefined): string {
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    const previous = index === 0 ? before : text[index - 1];
    const next = index === text.length - 1 ? after : text[index + 1];
    // GFM links a bare `www.` address and reads the escapes after it as part of it; an escaped dot prevents the link.
    if (character === 'w' && text.startsWith('www.', index) && !isWordCharacter(previous)) {
      escaped += 'www\\.';
      index += 3;
    } else if (character === '&' && /^&#?[a-z0-9]+;/i.test(text.slice(index))) escaped += '\\&';
    else escaped += escapeCharacter(character, previous, next);
  }
  return escaped;
}

/** Lines that would start a block: list items, headings, quotes, setext underlines, thematic breaks and table rules. */
const lineStartEscapes: [RegExp, string][] = [
  [/^([ \t]*)([-+*])(?=[ \t]|$)/gm, '$1\\$2'],
  [/^([ \t]*)(\d{1,9})([.)])(?=[ \t]|$)/gm, '$1$2\\$3'],
  [/^([ \t]*)(#{1,6})(?=[ \t]|$)/gm, '$1\\$2'],
  [/^([ \t]*)>/gm, '$1\\>'],
  [/^([ \t]*)([-=|:*_])(?=[-=|:*_\\ \t]*$)/gm, '$1\\$2'],
];

/** A bare web address; GFM would link it and read the escapes after it as part of it, so it gets brackets. */
const tokenPattern = new RegExp(`${placeholderPattern.source}|(?<![\\p{L}\\p{N}])https?:\\/\\/[^\\s<>]*`, 'giu');

/** Sentence punctuation and a closing bracket that opens nowhere in the address stay outside its brackets. */
function addressEnd(address: string): number {
  let end = address.length;
  for (;;) {
    const core = address.slice(0, end);
    const character = core.at(-1);
    const unbalanced = (close: string, open: string) => character === close && core.split(close).length > core.split(open).length;
    if (character === undefined || !('?!.,:;*_~\'"'.includes(character) || unbalanced(')', '(') || unbalanced(']', '['))) return end;
    end--;
  }
}

/**
 * Escapes plain text so that Markdown shows it as written: no emphasis, lists, links, raw HTML or entities, and
 * placeholders untouched. `fragment` is for a piece of a larger text (an HTML text node): its unknown neighbours
 * are taken as `(`, which lets every marker act, so each is escaped.
 */
export function escapeMarkdownText(text: string, fragment = false): string {
  const edge = fragment ? '(' : undefined;
  let escaped = '';
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const token = match[0];
    const placeholder = token.startsWith('{');
    escaped += escapeInline(text.slice(last, match.index), last === 0 ? edge : text[last - 1], placeholder ? '{' : '<');
    last = match.index + token.length;
    if (placeholder) {
      escaped += token;
      continue;
    }
    const end = addressEnd(token);
    escaped += `<${token.slice(0, end)}>`;
    if (end < token.length) escaped += escapeInline(token.slice(end), '>', last === text.length ? edge : text[last]);
  }
  escaped += escapeInline(text.slice(last), last === 0 ? edge : text[last - 1], edge);
  return lineStartEscapes.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), escaped);
}
