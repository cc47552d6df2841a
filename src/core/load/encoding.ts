// Bytes to text: UTF-8 checked byte by byte, so that invalid bytes, NUL bytes and UTF-16/32 files are named at their place.
import type { SourceRange } from '../diagnostic.ts';

interface EncodingProblem extends SourceRange {
  message: string;
}

export interface DecodedSource {
  text: string;
  /** Empty for a clean UTF-8 file. */
  problems: EncodingProblem[];
}

export const nulByteMessage = 'a NUL byte is in the text here; delete it (it is invisible in most editors)';

/** Problems listed per file; past this the file is plainly in another encoding and one more line says so. */
const problemsListed = 20;

const byteOrderMarks: Array<{ bytes: number[]; name: string; decode: (bytes: Uint8Array) => string }> = [
  // UTF-32 first: its little-endian mark begins with UTF-16's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 (little-endian)', decode: (bytes) => decodeUtf32(bytes, true) },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 (big-endian)', decode: (bytes) => decodeUtf32(bytes, false) },
  { bytes: [0xff, 0xfe], name: 'UTF-16 (little-endian)', decode: (bytes) => new TextDecoder('utf-16le').decode(bytes) },
  { bytes: [0xfe, 0xff], name: 'UTF-16 (big-endian)', decode: (bytes) => new TextDecoder('utf-16be').decode(bytes) },
];

/**
 * Decodes a content file. A UTF-16 or UTF-32 file (known by its byte order mark) is decoded as such,
 * so that the other findings still make sense, with one problem asking for UTF-8. A UTF-8 file keeps
 * replacement characters for invalid bytes, and each invalid sequence or NUL byte is a problem at
 * its line and column (columns count characters, as editors do).
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const marked = decodeByteOrderMark(bytes);
  if (marked)
    return {
      text: marked.text,
      problems: [{ line: 1, column: 1, message: `the file is saved as ${marked.name}; save the file as UTF-8` }],
    };
  // Almost every file is clean: the native strict decoder says so at once; only a file it rejects, or
  // one holding a NUL, is walked byte by byte to find the places.
  try {
    const text = strictUtf8.decode(bytes);
    if (!text.includes('\u0000')) return { text, problems: [] };
  } catch {
    // Not valid UTF-8: find where below.
  }
  return { text: new TextDecoder('utf-8').decode(bytes), problems: utf8Problems(bytes) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a UTF-16 or UTF-32 file, known by its byte order mark (which the text loses), and the encoding's name. */
export function decodeByteOrderMark(bytes: Uint8Array): { text: string; name: string } | undefined {
  const mark = byteOrderMarks.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  return mark && { text: mark.decode(bytes).replace(/^\uFEFF/, ''), name: mark.name };
}

export type ForeignText = { text: string; encoding: string | undefined } | { binary: true };

/**
 * A file brought from elsewhere (a handbook export, a help desk's JSON), whatever encoding the tool that saved it chose:
 * UTF-8; UTF-16 or UTF-32 with its byte order mark (Notepad's "Unicode", PowerShell 5's `>`); else, for bytes that are
 * not UTF-8, Windows-1252, which older Word and Confluence exports on Windows write (`é` is one byte there, and read as
 * UTF-8 it would be lost). `encoding` names any but UTF-8. NUL bytes in the first 8 KB and no mark: no text at all.
 */
export function decodeForeignText(bytes: Uint8Array): ForeignText {
  const marked = decodeByteOrderMark(bytes);
  if (marked) return { text: marked.text, encoding: marked.name };
  if (bytes.subarray(0, 8192).includes(0)) return { binary: true };
  try {
    return { text: strictUtf8.decode(bytes), encoding: undefined };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

function utf8Problems(bytes: Uint8Array): EncodingProblem[] {
  const problems: EncodingProblem[] = [];
  let more = 0;
  const add = (line: number, column: number, message: string) => {
    if (problems.length < problemsListed) problems.push({ line, column, message });
    else more++;
  };
  let line = 1;
  let column = 1;
  // A UTF-8 byte order mark is dropped from the text, so it takes no column.
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      if (byte === 0x0a) {
        line++;
        column = 1;
      } else {
        if (byte === 0x00) add(line, column, nulByteMessage);
        column++;
      }
      index++;
      continue;
    }
    const sequence = sequenceAt(bytes, index);
    if (!sequence.valid) {
      add(
        line,
        column,
        `byte \`0x${byte.toString(16).toUpperCase().padStart(2, '0')}\` is not valid UTF-8; save the file as UTF-8 and check ` +
          `the character here`,
      );
      column++;
      index += sequence.length;
      continue;
    }
    column += sequence.length === 4 ? 2 : 1;
    index += sequence.length;
  }
  if (more > 0) problems.push({ line, column: 1, message: `and ${more} more bytes that are not valid UTF-8; save the file as UTF-8` });
  return problems;
}

/**
 * The UTF-8 sequence at `index`: its length when valid, else how many bytes make up the invalid part
 * (the "maximal subpart" of the WHATWG decoder, which turns that many bytes into one `�`, so that
 * columns here match the text).
 */
function sequenceAt(bytes: Uint8Array, index: number): { valid: boolean; length: number } {
  const first = bytes[index]!;
  let needed: number;
  let low = 0x80;
  let high = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) needed = 1;
  else if (first >= 0xe0 && first <= 0xef) {
    needed = 2;
    if (first === 0xe0) low = 0xa0;
    if (first === 0xed) high = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    needed = 3;
    if (first === 0xf0) low = 0x90;
    if (first === 0xf4) high = 0x8f;
  } else return { valid: false, length: 1 };
  for (let offset = 1; offset <= needed; offset++) {
    const value = bytes[index + offset];
    if (value === undefined || value < low || value > high) return { valid: false, length: offset };
    low = 0x80;
    high = 0xbf;
  }
  return { valid: true, length: needed + 1 };
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian);
    text += codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? String.fromCodePoint(codePoint) : '\uFFFD';
  }
  return text;
}
