// What the build hands Pagefind: the emptying of `data-pagefind-ignore` elements. That the index stays byte for byte the
// one whole pages give is tested on the sample site's pages (test/site/built-site.test.ts); these are the HTML shapes
// the layout and SOP bodies can hold, including the ones the emptying must leave alone.
import { describe, expect, it } from 'vitest';
import { withoutIgnoredContent } from '../../src/integration/pagefind-input.ts';

describe('withoutIgnoredContent', () => {
  it('empties an ignored element, nested elements of the same name included, and keeps the element', () => {
    const html = '<p>Before</p><div class="x" data-pagefind-ignore><div><div>a</div></div><p>b</p></div><p>After</p>';
    expect(withoutIgnoredContent(html)).toBe('<p>Before</p><div class="x" data-pagefind-ignore></div><p>After</p>');
  });

  it('reads text areas, scripts and comments whole, whatever end tags they hold', () => {
    const reply = '<textarea readonly>Hi,</div></div> see <b>x</b></textarea>';
    const script = '<script type="application/json">{"a":"</div>"}</script>';
    const html = `<div data-pagefind-ignore="all">${reply}<!-- </div> -->${script}<span>c</span></div><p>kept</p>`;
    expect(withoutIgnoredContent(html)).toBe('<div data-pagefind-ignore="all"></div><p>kept</p>');
  });

  it('reads quoted attribute values whole, so a `>` or a tag in one does not end anything', () => {
    const html = '<section data-pagefind-ignore title="a > b"><a title="<section>" href="/x">x</a></section><p>kept</p>';
    expect(withoutIgnoredContent(html)).toBe('<section data-pagefind-ignore title="a > b"></section><p>kept</p>');
  });

  it('keeps an ignored element that holds filters or metadata, which still count, but empties its ignored children', () => {
    const html = '<div hidden data-pagefind-ignore><span data-pagefind-filter="type:SOP"></span><p data-pagefind-ignore>x</p></div>';
    expect(withoutIgnoredContent(html)).toBe(
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="type:SOP"></span><p data-pagefind-ignore></p></div>',
    );
    // `="all"` ignores the filters and metadata too, so the whole content goes.
    const all = '<div data-pagefind-ignore="all"><span data-pagefind-meta="a:b"></span>text</div>';
    expect(withoutIgnoredContent(all)).toBe('<div data-pagefind-ignore="all"></div>');
  });

  it('leaves alone the marker as text or inside another attribute, a void element, and an element whose end is not there', () => {
    const unchanged = [
      '<p>Add data-pagefind-ignore to hide a block</p>',
      '<p title="see data-pagefind-ignore here">indexed</p>',
      '<p data-pagefind-ignored>indexed</p>',
      '<img data-pagefind-ignore src="a.png"><p>after</p>',
      '<br data-pagefind-ignore/><p>after</p>',
      '<div data-pagefind-ignore><div>never closed</div>',
      '<div data-pagefind-ignore><!-- comment never closed </div>',
      '<div data-pagefind-ignore><textarea>never closed</div>',
      '<div data-pagefind-ignore',
    ];
    for (const html of unchanged) expect(withoutIgnoredContent(html), html).toBe(html);
  });

  it('empties every ignored element of a page, one after another', () => {
    const html = '<h1>T</h1><dl data-pagefind-ignore><dt>a</dt></dl><p>x</p><figure data-pagefind-ignore><svg><g/></svg></figure>';
    expect(withoutIgnoredContent(html)).toBe('<h1>T</h1><dl data-pagefind-ignore></dl><p>x</p><figure data-pagefind-ignore></figure>');
  });
});
