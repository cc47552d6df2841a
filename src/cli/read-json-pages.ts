// Reads the pages of a help-desk JSON export named on the command line (Zendesk macros, Zendesk Guide
// articles): a file that cannot be read or parsed stops the command with its path, line and column.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeByteOrderMark } from '../core/load/encoding.ts';
import { UsageError, type CliIO } from './io.ts';

/** What a page parser says of one file: its content, or what is wrong and where. */
export type PageResult<Page> =
  { ok: true; page: Page } | { ok: false; error: { position?: { line: number; column: number } | undefined; message: string } };

export async function readJsonPages<Page>(io: CliIO, files: readonly string[], parse: (text: string) => PageResult<Page>): Promise<Page[]> {
  const pages: Page[] = [];
  for (const file of files) {
    let text: string;
    try {
      const bytes = await readFile(path.resolve(io.cwd, file));
      text = decodeByteOrderMark(bytes)?.text ?? bytes.toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
      throw new UsageError(`cannot read \`${file}\`: ${reason}`);
    }
    // UTF-16 or UTF-32 without a byte order mark reads as letters between NUL bytes, which JSON never holds.
    if (text.slice(0, 64).includes('\0'))
      throw new UsageError(
        `${file}: the file holds NUL bytes, so it is not UTF-8 text: save it as UTF-8 (or UTF-16 with a byte order mark)`,
      );
    const result = parse(text);
    if (!result.ok) {
      const place = result.error.position ? `:${result.error.position.line}:${result.error.position.column}` : '';
      throw new UsageError(`${file}${place}: ${result.error.message}`);
    }
    pages.push(result.page);
  }
  return pages;
}
