import { describe, expect, it } from 'vitest';
import { quotesToCallouts } from '../../../src/core/authoring/import/callouts.ts';
import { parseBody } from '../../../src/core/load/markdown.ts';

const convert = (body: string) => quotesToCallouts(body, parseBody(body, 'md').tree);

describe('panels to callouts', () => {
  it('turns a quote opening with a bold kind and title into a Callout', () => {
    expect(convert('Intro.\n\n> **Warning: Check twice**\n>\n> Look at the history.\n>\n> - one\n> - two\n\nAfter.\n')).toEqual({
      text: 'Intro.\n\n<Callout kind="warning" title="Check twice">\n\nLook at the history.\n\n- one\n- two\n\n</Callout>\n\nAfter.\n',
      count: 1,
    });
  });

  it('takes a kind without a title', () => {
    expect(convert('> **Tip**\n>\n> Use the macro.\n').text).toBe('<Callout kind="tip">\n\nUse the macro.\n\n</Callout>\n');
  });

  it('leaves other quotes, unknown kinds and titles that JSX cannot hold as written', () => {
    for (const body of [
      '> Just a quote.\n',
      '> **Remember: this**\n>\n> Text.\n',
      '> **Note: say "hi"**\n>\n> Text.\n',
      '> **Note** and more words\n',
    ]) {
      expect(convert(body)).toEqual({ text: body, count: 0 });
    }
  });
});
