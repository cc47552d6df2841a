// Adapter: the text of a file people brought from elsewhere (a handbook export, a help desk's JSON), whatever encoding
// the tool that saved it chose: UTF-8 (with or without a byte order mark), or UTF-16 with its byte order mark, which
// Windows PowerShell 5's `>` and Notepad's "Unicode" write.

/** UTF-8, or UTF-16 when the bytes start with UTF-16's byte order mark (which the text loses). */
export function decodeUnicodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  return { text: Buffer.from(bytes).toString('utf8'), encoding: 'utf-8' };
}

export type DecodedDocument = { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } | { binary: true };

/**
 * A document's text for an import. Bytes that are not UTF-8 are read as Windows-1252, which older Word, Confluence and
 * help-desk exports on Windows write (a `café` saved so is not valid UTF-8, and read as UTF-8 it would lose its `é`); a
 * file with NUL bytes (in its first 8 KB) and no byte order mark is no text at all.
 */
export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  const unicode = decodeUnicodeText(bytes);
  if (unicode.encoding === 'utf-16') return unicode;
  if (bytes.subarray(0, 8192).includes(0)) return { binary: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
