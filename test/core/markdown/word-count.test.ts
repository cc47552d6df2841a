import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/core/load/markdown.ts';
import { wordCount, wordsInText } from '../../../src/core/markdown/word-count.ts';

const count = (text: string, format: 'md' | 'mdx' = 'mdx') => wordCount(parseBody(text, format).tree);

describe('wordCount', () => {
  it('counts the words of prose, headings and lists', () => {
    expect(count('## Steps\n\n1. Confirm the order.\n2. Grant it.\n')).toBe(6);
  });

  it('leaves out frontmatter, code blocks and MDX comments', () => {
    expect(count('---\ntitle: Many words here\n---\n\nOne two.\n\n```\nthree four\n```\n\n{/* five six */}\n')).toBe(2);
  });

  it('leaves out HTML comments in Markdown', () => {
    expect(count('One <!-- two three --> four.\n', 'md')).toBe(2);
  });

  it('counts contractions, amounts and hyphenated words once, and dashes not at all', () => {
    expect(count("Don't refund 2,000 USD — e-mail finance.\n")).toBe(6);
  });

  it('counts words in links and inline code', () => {
    expect(count('See [the refund policy](/sops/refunds/) and `status: archived`.\n')).toBe(7);
  });
});

describe('wordsInText', () => {
  const wordPattern = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

  it('counts what the word pattern matches, on generated texts', () => {
    const pieces = ['a', 'Z', '9', 'é', 'ß', '٣', '𝐀', '😀', '\uD800', "'", '’', '.', ',', '-', '—', ' ', '\n', '_', 'don', "'t", '2,000'];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 3000; run++) {
      let text = '';
      for (let piece = next(12); piece > 0; piece--) text += pieces[next(pieces.length)]!;
      expect(wordsInText(text), JSON.stringify(text)).toBe((text.match(wordPattern) ?? []).length);
    }
  });
});
