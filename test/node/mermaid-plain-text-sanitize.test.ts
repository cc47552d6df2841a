import { describe, expect, it } from 'vitest';
import { mermaidModule, mermaidModuleNames } from '../../src/node/mermaid-files.ts';
import { plainTextShortcutSource, withPlainTextShortcut } from '../../src/node/mermaid-plain-text-sanitize.ts';

// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the browser code is text spliced into Mermaid: this runs that text
const sopLeavesUnchanged = new Function(`${plainTextShortcutSource}; return sopLeavesUnchanged;`)() as (
  dirty: unknown,
  config: unknown,
) => boolean;

describe("the plain-text shortcut in Mermaid's DOMPurify", () => {
  it('answers text without markup at once, with the configurations Mermaid passes for labels', () => {
    expect(sopLeavesUnchanged('Is it urgent?', {})).toBe(true);
    expect(sopLeavesUnchanged('Refund > 50 & "VIP"', { FORBID_TAGS: ['style'] })).toBe(true);
    expect(sopLeavesUnchanged('Tier 1', undefined)).toBe(true);
  });

  it('leaves markup, anything but a string, and configurations that change what DOMPurify returns to DOMPurify', () => {
    expect(sopLeavesUnchanged('<p>Tier 1</p>', {})).toBe(false);
    expect(sopLeavesUnchanged('<!-->', {})).toBe(false);
    expect(sopLeavesUnchanged({ nodeType: 1 }, {})).toBe(false);
    for (const option of ['RETURN_DOM', 'RETURN_DOM_FRAGMENT', 'SAFE_FOR_TEMPLATES', 'WHOLE_DOCUMENT', 'RETURN_TRUSTED_TYPE'])
      expect(sopLeavesUnchanged('Tier 1', { [option]: true })).toBe(false);
    expect(sopLeavesUnchanged('Tier 1', { TRUSTED_TYPES_POLICY: null })).toBe(false);
  });

  it("goes into DOMPurify's sanitize in Mermaid's build, before it reads the configuration, unless one was set for good", async () => {
    const patched: string[] = [];
    for (const name of await mermaidModuleNames()) {
      const text = (await mermaidModule(name))!;
      const result = withPlainTextShortcut(text);
      if (result === text) continue;
      patched.push(name);
      expect(result.startsWith(plainTextShortcutSource)).toBe(true);
      expect(result.match(/sopLeavesUnchanged\(/g)).toHaveLength(2);
      expect(result).toMatch(/\.isSupported\)return ([\w$]+);if\(!([\w$]+)&&sopLeavesUnchanged\(\1,[\w$]+\)\)return \1;\2\?\(/);
    }
    expect(patched).toHaveLength(1);
  });

  it('returns any other text as it was', () => {
    const text = 'export const sanitize = (text) => text;';
    expect(withPlainTextShortcut(text)).toBe(text);
  });
});
