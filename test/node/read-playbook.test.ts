// Content files are read with Node's own UTF-8 decoder when their bytes are clean, and checked byte by byte otherwise:
// either way each file's text and encoding problems are what `decodeSource` makes of its bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/core/load/encoding.ts';
import { defaultLayout, readPlaybookSources } from '../../src/node/read-playbook.ts';
import { tempFolder } from '../helpers/cli-run.ts';

/** Text of the Basic Multilingual Plane as UTF-32, big-endian. */
function utf32be(text: string): Buffer {
  const bytes = Buffer.alloc(text.length * 4);
  for (let index = 0; index < text.length; index++) bytes.writeUInt32BE(text.charCodeAt(index), index * 4);
  return bytes;
}

const frontmatter = Buffer.from('---\ntitle: T\n---\n\nBody é ✓\n');
const contents: Record<string, Buffer> = {
  'plain.mdx': frontmatter,
  'utf8-mark.mdx': Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), frontmatter]),
  'two-utf8-marks.mdx': Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), frontmatter]),
  'replacement-character.mdx': Buffer.from('---\ntitle: T\n---\n\nA \uFFFD written on purpose.\n'),
  'invalid-byte.mdx': Buffer.concat([frontmatter, Buffer.of(0xff, 0x0a)]),
  'nul.mdx': Buffer.concat([frontmatter, Buffer.of(0x00)]),
  'utf16le.mdx': Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(frontmatter.toString(), 'utf16le')]),
  'utf16be.mdx': Buffer.concat([Buffer.of(0xfe, 0xff), Buffer.from(frontmatter.toString(), 'utf16le').swap16()]),
  'utf32be.mdx': Buffer.concat([Buffer.of(0x00, 0x00, 0xfe, 0xff), utf32be(frontmatter.toString())]),
  'empty.mdx': Buffer.alloc(0),
};

describe('reading content files', () => {
  it('gives each file the text and problems decodeSource finds in its bytes, whichever way it was read', async () => {
    const root = tempFolder('sop-read-');
    mkdirSync(path.join(root, 'content/sops'), { recursive: true });
    writeFileSync(path.join(root, 'content/playbook.yaml'), 'title: T\n');
    for (const [name, bytes] of Object.entries(contents)) writeFileSync(path.join(root, 'content/sops', name), bytes);
    const sources = await readPlaybookSources(defaultLayout(root));
    expect(sources.sops.map((file) => file.path)).toEqual(
      Object.keys(contents)
        .sort()
        .map((name) => `content/sops/${name}`),
    );
    for (const file of sources.sops) {
      const decoded = decodeSource(contents[path.basename(file.path)]!);
      expect(file.text, file.path).toBe(decoded.text);
      expect(file.encodingProblems ?? [], file.path).toEqual(decoded.problems);
    }
    // Not a comparison of two empty lists: the files meant to have problems have them, the others none.
    const withProblems = sources.sops.filter((file) => file.encodingProblems).map((file) => path.basename(file.path));
    expect(withProblems.sort()).toEqual(['invalid-byte.mdx', 'nul.mdx', 'utf16be.mdx', 'utf16le.mdx', 'utf32be.mdx']);
    expect(sources.sops.find((file) => file.path.endsWith('/utf8-mark.mdx'))!.text.startsWith('---')).toBe(true);
  });
});
