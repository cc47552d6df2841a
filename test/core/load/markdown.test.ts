import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/load/load-playbook.ts';
import { parseBody } from '../../../src/core/load/markdown.ts';
import { sopFrontmatterSchema } from '../../../schemas/index.ts';
import { sopText } from '../../helpers/playbook.ts';

/** The parse the loader must stay equal to: remark with all of GFM, as the site's own pipeline would read it. */
const remark = {
  md: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze(),
  mdx: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx).freeze(),
};

const bodies: Record<string, string> = {
  'plain prose and lists': sopText(),
  'a table': '| Situation | What we do |\n|---|---|\n| Within 14 days | Refund |\n',
  'a table without outer pipes': 'a | b\n--|--\n1 | 2\n',
  'literal links and addresses': 'Mail billing@example.com, see www.example.com or HTTPS://status.example.com/x?y=1.',
  'words that almost start a literal link': 'what www is: https:/x, http.x, wwww.a.b, hTTp://A.b, a@b, +x@y.zz, x/a@b.cc and a@b@c.de',
  'addresses in links, open brackets and tables':
    '[a b@c.de](/x) [open w@x.io\n\n| x@y.zz | http://a.b |\n|---|---|\n| *e@f.gh* | www.i.jk |\n',
  'an address after a byte order mark and a tab': '\uFEFFMail\ta@b.cc or\r\nwww.example.com\n',
  'strikethrough with one and two tildes': 'Old ~~price~~ and ~one~ tilde.',
  footnotes: 'A claim[^1].\n\n[^1]: The source.\n',
  'task lists': '- [ ] open\n- [x] done\n- [X] Done too\n',
  'links, images and definitions': 'See [a](/sops/x/), ![b](./b.png "t") and [c][ref].\n\n[ref]: /macros/y/\n',
  'indented code and angle brackets': '    indented\n\n<https://example.com> and a < b.\n',
  'an MDX component with a literal link inside': '<Note>\n\nCall https://example.com now.\n\n</Note>\n',
};

describe('parseBody', () => {
  for (const [name, body] of Object.entries(bodies)) {
    for (const format of ['md', 'mdx'] as const) {
      it(`reads ${name} as remark with all of GFM does (${format})`, () => {
        const { tree, syntaxError } = parseBody(body, format);
        let expected;
        try {
          expected = remark[format].parse(body);
        } catch {
          expected = remark.md.parse(body);
          expect(syntaxError).toBeDefined();
        }
        expect(tree).toEqual(expected);
      });
    }
  }

  // The body after frontmatter is parsed alone and its positions moved (faster); the tree must be the whole text's.
  const frontmatters: Record<string, string> = {
    frontmatter: '---\ntitle: Refunds\nowner: billing\n---\n',
    'CRLF frontmatter': '---\r\ntitle: Refunds\r\n\r\nowner: billing\r\n---\r\n',
    'CR frontmatter': '---\rtitle: Refunds\r---\r',
    'fences with spaces and tabs after them': '--- \t\ntitle: x\n---\t \n',
    'empty frontmatter': '---\n---\n',
    'frontmatter holding a blank line only': '---\n\n---\n',
    'a fence of four dashes inside': '---\ntitle: x\n----\n--- x\n---\n',
    'frontmatter then blank lines': '---\ntitle: x\n---\n\n\n',
  };
  const followed: Record<string, string> = {
    'plain prose and lists': bodies['plain prose and lists']!,
    'a table': bodies['a table']!,
    'literal links and addresses': bodies['literal links and addresses']!,
    'an expression, ESM and a JSX attribute expression':
      'export const a = 1\n\n## Steps\n\n{a + 1} and <Note title={"x" + a}>y</Note>\n\n---\n\nMore.\n',
    'tabs and a thematic break': '\tcode?\n\n- a\n\t- b\n\n---\n',
  };
  for (const [fence, frontmatter] of Object.entries(frontmatters)) {
    for (const [name, body] of Object.entries(followed)) {
      for (const format of ['md', 'mdx'] as const) {
        it(`reads ${name} after ${fence} as remark does (${format})`, () => {
          const text = frontmatter + body;
          const { tree, syntaxError } = parseBody(text, format);
          expect(syntaxError).toBeUndefined();
          expect(tree).toEqual(remark[format].parse(text));
        });
      }
    }
  }

  it('reads unclosed frontmatter, a byte order mark and frontmatter alone as remark does', () => {
    for (const text of [
      '---\ntitle: x\n\n## Steps\n',
      '\uFEFF---\ntitle: x\n---\nText\n',
      '---\ntitle: x\n---',
      '---\ntitle: x\n---\n  \n',
    ]) {
      expect(parseBody(text, 'mdx').tree).toEqual(remark.mdx.parse(text));
    }
  });

  it('places a tag left open at the end of the file where the tag is, not on line 1', () => {
    const text = '---\ntitle: x\n---\n\nText.\n\n<img src="a.png">\n';
    const { syntaxError } = parseBody(text, 'mdx');
    expect(syntaxError).toEqual({ line: 7, column: 1, message: 'MDX does not parse: Expected a closing tag for `<img>`' });
  });

  it('keeps an MDX syntax error and reads the file as Markdown instead', () => {
    const { tree, syntaxError } = parseBody('## Steps\n\n1. {unclosed\n', 'mdx');
    expect(syntaxError).toMatchObject({ line: 4, column: 1 });
    expect(syntaxError!.message).toMatch(/^MDX does not parse: /);
    expect(tree).toEqual(remark.md.parse('## Steps\n\n1. {unclosed\n'));
  });
});

describe('loadDocument', () => {
  it('parses the body only when the tree is first read, and once', () => {
    const document = loadDocument({ path: 'content/sops/refunds.mdx', text: sopText() }, 'sop', sopFrontmatterSchema);
    const first = document.tree;
    expect(document.tree).toBe(first);
    expect(document.syntaxError).toBeUndefined();
    expect(first.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'list', 'heading', 'list']);
  });
});
