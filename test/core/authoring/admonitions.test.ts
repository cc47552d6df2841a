import { describe, expect, it } from 'vitest';
import { rewriteAdmonitions } from '../../../src/core/authoring/import/admonitions.ts';

describe('rewriteAdmonitions', () => {
  it('turns a titled admonition into a quote with its kind and title in bold', () => {
    expect(rewriteAdmonitions('!!! warning "Security incident?"\n    Follow the security process.\n\nNext.\n')).toEqual({
      text: '> **Warning: Security incident?**\n>\n> Follow the security process.\n\nNext.\n',
      count: 1,
      tabs: 0,
    });
  });

  it('writes MkDocs content tabs as a bold label over their content, an admonition inside one included', () => {
    const source =
      '=== "Email"\n\n    1. Reply.\n    2. Tag it.\n\n    !!! warning\n        Never twice.\n\n' +
      '===+ "Chat"\n\n    1. Paste the link.\n\nAfter.\n';
    expect(rewriteAdmonitions(source)).toEqual({
      text: '**Email**\n\n1. Reply.\n2. Tag it.\n\n> **Warning**\n>\n> Never twice.\n\n**Chat**\n\n1. Paste the link.\n\nAfter.\n',
      count: 1,
      tabs: 2,
    });
  });

  it('escapes a star in a tab label, which would otherwise end its bold early', () => {
    expect(rewriteAdmonitions('=== "Tier *2*"\n\n    Escalate.\n').text).toBe('**Tier \\*2\\***\n\nEscalate.\n');
  });

  it('keeps blank lines inside the block and leaves trailing ones outside', () => {
    expect(rewriteAdmonitions('!!!tip\n\n    One.\n\n    Two.\n\n\nAfter.').text).toBe('> **Tip**\n>\n> One.\n>\n> Two.\n\n\nAfter.');
  });

  it('drops the heading line of an admonition with an empty title, as MkDocs does', () => {
    expect(rewriteAdmonitions('!!! note ""\n    Just the text.\n').text).toBe('> Just the text.\n');
  });

  it('turns a Docusaurus admonition into a quote, with a title in brackets or after the kind', () => {
    expect(rewriteAdmonitions(':::caution[Before you start]\n\nBack up the workspace.\n\n:::\n\nNext.\n')).toEqual({
      text: '> **Caution: Before you start**\n>\n> Back up the workspace.\n\nNext.\n',
      count: 1,
      tabs: 0,
    });
    expect(rewriteAdmonitions(':::tip Keyboard first\nPress `/`.\n:::').text).toBe('> **Tip: Keyboard first**\n>\n> Press `/`.');
    expect(rewriteAdmonitions(':::note\nnever closed\n')).toEqual({ text: ':::note\nnever closed\n', count: 0, tabs: 0 });
  });

  it('leaves admonition markers inside fenced code alone', () => {
    const text = '```\n!!! note "Not here"\n    code\n```\n';
    expect(rewriteAdmonitions(text)).toEqual({ text, count: 0, tabs: 0 });
  });
});
