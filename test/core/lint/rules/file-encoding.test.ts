// Item 7 of issue 17: bytes that are not clean UTF-8 are named at their line and column.
import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../../src/core/dates.ts';
import { decodeSource } from '../../../../src/core/load/encoding.ts';
import { loadPlaybook } from '../../../../src/core/load/load-playbook.ts';
import { lintPlaybook } from '../../../../src/core/lint/engine.ts';
import { fileEncoding } from '../../../../src/core/lint/rules/file-encoding.ts';
import type { SourceFile } from '../../../../src/core/model.ts';
import { testRule } from '../../../helpers/rule-tester.ts';
import { basePlaybookYaml, baseTeamYaml, macroText, sopText } from '../../../helpers/playbook.ts';

const today = parsePlainDate('2026-11-23')!;
const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

function sourceFile(path: string, bytes: Uint8Array): SourceFile {
  const { text, problems } = decodeSource(bytes);
  return problems.length > 0 ? { path, text, encodingProblems: problems } : { path, text };
}

function lintBytes(path: string, bytes: Uint8Array) {
  const file = sourceFile(path, bytes);
  const playbook = loadPlaybook({
    playbook: { path: 'content/playbook.yaml', text: basePlaybookYaml },
    team: { path: 'content/team.yaml', text: baseTeamYaml },
    sops: path.includes('/sops/') ? [file] : [],
    macros: path.includes('/macros/') ? [file] : [],
  });
  return lintPlaybook(playbook, { today }).diagnostics;
}

const sop = sopText();

describe('file-encoding', () => {
  it('accepts a clean UTF-8 SOP with accents and emoji', () => {
    const text = sop.replace('title: Refunds', 'title: Remboursés 🙂');
    expect(lintBytes('content/sops/refunds.mdx', utf8(text)).filter((d) => d.ruleId === 'file-encoding')).toEqual([]);
  });

  it('reports an invalid byte in a title at its line and column, as an error', () => {
    const [before, after] = sop.split('Refunds\n');
    const bytes = join(utf8(`${before}Ref`), Uint8Array.of(0xff, 0xfe), utf8(`unds\n${after}`));
    const findings = lintBytes('content/sops/refunds.mdx', bytes).filter((d) => d.ruleId === 'file-encoding');
    expect(findings).toEqual([
      {
        file: 'content/sops/refunds.mdx',
        line: 2,
        column: 11,
        ruleId: 'file-encoding',
        severity: 'error',
        message: 'byte `0xFF` is not valid UTF-8; save the file as UTF-8 and check the character here',
      },
      {
        file: 'content/sops/refunds.mdx',
        line: 2,
        column: 12,
        ruleId: 'file-encoding',
        severity: 'error',
        message: 'byte `0xFE` is not valid UTF-8; save the file as UTF-8 and check the character here',
      },
    ]);
  });

  it('counts an emoji before the bad byte as one character, as an editor does', () => {
    expect(decodeSource(join(utf8('é🙂'), Uint8Array.of(0xc3))).problems[0]).toMatchObject({ line: 1, column: 4 });
  });

  it('reports a NUL byte in a macro body at its place', () => {
    const bytes = utf8(macroText({ body: 'Hi there,\nyour refund\u0000 is on its way.\n' }));
    const findings = lintBytes('content/macros/refund-approved.md', bytes).filter((d) => d.ruleId === 'file-encoding');
    expect(findings).toMatchObject([
      { line: 10, column: 12, severity: 'error', message: 'a NUL byte is in the text here; delete it (it is invisible in most editors)' },
    ]);
  });

  it.each([
    ['UTF-16 (little-endian)', Uint8Array.of(0xff, 0xfe), 'utf-16le'],
    ['UTF-16 (big-endian)', Uint8Array.of(0xfe, 0xff), 'utf-16be'],
  ])('names a %s file and still reads it', (name, mark, encoding) => {
    const body = Buffer.from(sop, 'utf16le');
    if (encoding === 'utf-16be') body.swap16();
    const diagnostics = lintBytes('content/sops/refunds.mdx', join(mark, body));
    expect(diagnostics).toEqual([
      {
        file: 'content/sops/refunds.mdx',
        line: 1,
        column: 1,
        ruleId: 'file-encoding',
        severity: 'error',
        message: `the file is saved as ${name}; save the file as UTF-8`,
      },
    ]);
  });

  it('names a UTF-32 file', () => {
    const codePoints = Array.from(sop, (char) => char.codePointAt(0)!);
    const bytes = new Uint8Array(4 + codePoints.length * 4);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0xfeff, true);
    codePoints.forEach((codePoint, index) => view.setUint32(4 + index * 4, codePoint, true));
    const diagnostics = lintBytes('content/sops/refunds.mdx', bytes);
    expect(diagnostics.map((d) => d.message)).toEqual(['the file is saved as UTF-32 (little-endian); save the file as UTF-8']);
  });

  it('lists 20 bad bytes of a file in another encoding and then counts the rest', () => {
    const problems = decodeSource(Uint8Array.from({ length: 50 }, () => 0xe9)).problems;
    expect(problems).toHaveLength(21);
    expect(problems[20]!.message).toBe('and 30 more bytes that are not valid UTF-8; save the file as UTF-8');
  });
});

describe('decodeSource', () => {
  it('drops a UTF-8 byte order mark without counting it as a column', () => {
    const decoded = decodeSource(join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('ab'), Uint8Array.of(0xff)));
    expect(decoded.text).toBe('ab\uFFFD');
    expect(decoded.problems).toMatchObject([{ line: 1, column: 3 }]);
  });
});

// Files handed over as text (tests, tools) carry no bytes to check; NUL characters are still found.
testRule(fileEncoding, {
  valid: [
    {
      name: 'an SOP with accents and emoji',
      files: { 'content/sops/refunds.mdx': sopText().replace('title: Refunds', 'title: Remboursés 🙂') },
    },
  ],
  invalid: [
    {
      name: 'a NUL character in a macro read as text',
      files: { 'content/macros/refund-approved.md': macroText({ body: 'Hi\u0000 there\n' }) },
      findings: [
        { file: 'content/macros/refund-approved.md', line: 9, column: 3, severity: 'error', message: 'a NUL byte is in the text here' },
      ],
    },
  ],
});

describe('decodeSource on cut-off sequences', () => {
  it('reports one problem per replacement character, at the column the text shows it', () => {
    const decoded = decodeSource(Uint8Array.of(0xf0, 0x90, 0x80, 0xf4, 0x80, 0x78, 0xff));
    expect(decoded.text).toBe('\uFFFD\uFFFDx\uFFFD');
    expect(decoded.problems.map(({ line, column }) => [line, column])).toEqual([
      [1, 1],
      [1, 2],
      [1, 4],
    ]);
  });
});
