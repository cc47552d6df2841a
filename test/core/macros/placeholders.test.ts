import { describe, expect, it } from 'vitest';
import { splitPlaceholders } from '../../../src/core/macros/placeholders.ts';

describe('splitPlaceholders', () => {
  it('splits text into plain runs and placeholders in order', () => {
    expect(splitPlaceholders('Hi {{ticket.requester.first_name}}, ticket #{{ticket.id}}.')).toEqual([
      { text: 'Hi ', placeholder: false },
      { text: '{{ticket.requester.first_name}}', placeholder: true },
      { text: ', ticket #', placeholder: false },
      { text: '{{ticket.id}}', placeholder: true },
      { text: '.', placeholder: false },
    ]);
  });

  it('leaves single braces, Liquid tags and unclosed placeholders as text', () => {
    const text = 'a {b} {% if x %} {{open and } closed}}';
    expect(splitPlaceholders(text)).toEqual([{ text, placeholder: false }]);
  });

  it('returns nothing for empty text and the whole text when it is one placeholder', () => {
    expect(splitPlaceholders('')).toEqual([]);
    expect(splitPlaceholders('{{ dc.greeting }}')).toEqual([{ text: '{{ dc.greeting }}', placeholder: true }]);
  });
});
