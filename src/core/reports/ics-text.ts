// RFC 5545 text rules: TEXT escaping, 75-octet line folding that never splits a UTF-8 character, CRLF line ends.

/**
 * Escapes a TEXT value (RFC 5545 section 3.3.11), which may hold no control character but a tab: one pasted into a
 * title (a vertical tab from a word processor, a terminal colour code) becomes a space, so calendars read the file.
 */
export function escapeText(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex -- these control characters are exactly what RFC 5545 TEXT forbids
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const maxOctets = 75;

function utf8Octets(character: string): number {
  const point = character.codePointAt(0)!;
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
}

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space (section 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = utf8Octets(character);
    // The leading space of a continuation line counts toward its 75 octets.
    const limit = parts.length === 0 ? maxOctets : maxOctets - 1;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Content lines to the text of a calendar: folded, each ended by CRLF. */
export function icsText(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
