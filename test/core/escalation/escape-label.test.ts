import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLabel, mermaidLabel } from '../../../src/core/escalation/escape-label.ts';

describe('escapeLabel', () => {
  it('leaves plain text, umlauts and emoji as they are', () => {
    expect(escapeLabel('Refunds für Kunden 😀 over 250 USD; (plan) [x] {y} | a -- b')).toBe(
      'Refunds für Kunden 😀 over 250 USD; (plan) [x] {y} | a -- b',
    );
  });

  it('writes quotes, markup and entity characters as Mermaid entity codes', () => {
    expect(escapeLabel('<b>bold</b> "quotes" & #quot;')).toBe('#lt;b#gt;bold#lt;/b#gt; #quot;quotes#quot; #amp; #35;quot;');
  });

  it('breaks init directives, Markdown back-ticks, backslash line breaks and style lines', () => {
    expect(escapeLabel('%%{init: {"theme": "dark"}}%%')).toBe('#37;#37;{init#58; {#quot;theme#quot;#58; #quot;dark#quot;}}#37;#37;');
    expect(escapeLabel('`code` C:\\new')).toBe('#96;code#96; C#58;#92;new');
    expect(escapeLabel('style: #red;')).toBe('style#58; #35;red;');
  });

  it('turns line breaks, tabs and runs of spaces into single spaces', () => {
    expect(escapeLabel('  first line\r\nsecond\tline\u2028third   end\n')).toBe('first line second line third end');
  });

  it('leaves no character the Mermaid parser could read as syntax outside entity codes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeLabel(text).replace(/#(?:quot|lt|gt|amp|35|37|96|92|58);/g, '');
        expect(escaped).not.toMatch(/["<>&#%`\\:\n\r]/);
      }),
    );
  });
});

describe('mermaidLabel', () => {
  it('quotes the lines, joins them with line breaks and leaves out empty ones', () => {
    expect(mermaidLabel(['Tier 1', '', '  ', 'Handles: "x"'])).toBe('"Tier 1<br>Handles#58; #quot;x#quot;"');
  });

  it('sets the first line in bold as a heading, escaped like the rest', () => {
    expect(mermaidLabel(['<b>Tier 1</b>', 'Owner'], { heading: true })).toBe('"<strong>#lt;b#gt;Tier 1#lt;/b#gt;</strong><br>Owner"');
  });
});
