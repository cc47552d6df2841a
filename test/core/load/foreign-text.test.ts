// decodeForeignText: how the imports and the help-desk readers read a file another tool saved.
import { describe, expect, it } from 'vitest';
import { decodeForeignText } from '../../../src/core/load/encoding.ts';

const withMark = (mark: number[], body: Buffer) => Uint8Array.from([...mark, ...body]);
// Code points of a text without characters beyond U+FFFF, each as four little-endian bytes.
const utf32le = (text: string) => Buffer.from(Array.from({ length: text.length }, (_, index) => [text.charCodeAt(index), 0, 0, 0]).flat());

describe('decodeForeignText', () => {
  it('reads UTF-8 as it is, and names no encoding', () => {
    expect(decodeForeignText(Buffer.from('Café ✓'))).toEqual({ text: 'Café ✓', encoding: undefined });
  });

  it('reads UTF-16 and UTF-32 by their byte order marks, UTF-32 not mistaken for UTF-16 (its mark begins the same)', () => {
    expect(decodeForeignText(withMark([0xff, 0xfe], Buffer.from('Café', 'utf16le')))).toEqual({
      text: 'Café',
      encoding: 'UTF-16 (little-endian)',
    });
    expect(decodeForeignText(withMark([0xff, 0xfe, 0, 0], utf32le('Café')))).toEqual({ text: 'Café', encoding: 'UTF-32 (little-endian)' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and a file with NUL bytes and no mark as no text', () => {
    expect(decodeForeignText(Buffer.from('Caf\xe9 \x96 it\x92s', 'latin1'))).toEqual({ text: 'Café – it’s', encoding: 'Windows-1252' });
    expect(decodeForeignText(Buffer.from('C\0a\0f\0'))).toEqual({ binary: true });
  });
});
