import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/core/macros/json-syntax.ts';
import { mergeZendeskPages, parseZendeskMacrosPage, type ZendeskMacro } from '../../../src/core/macros/zendesk-json.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function macrosOf(text: string): ZendeskMacro[] {
  const page = parseZendeskMacrosPage(text);
  if (!page.ok) throw new Error(page.error.message);
  return page.macros;
}

describe('parseJson', () => {
  it.each([
    ['{"a": }', 1, 7, 'unexpected `}`; expected a value (an object, array, string, number, true, false or null)'],
    ['[1,]', 1, 4, 'unexpected `]`; expected a value (an object, array, string, number, true, false or null)'],
    ['{"a": 1,}', 1, 9, 'unexpected `}`; expected a property name in double quotes'],
    ['{\n  "a": [1 2]\n}', 2, 11, 'unexpected `2`; expected `,` or `]`'],
    ['{"a": "x', 1, 9, 'a string is not closed; add the missing `"`'],
    ['', 1, 1, 'unexpected end of file; expected a value (an object, array, string, number, true, false or null)'],
    ['{"a": 1}\n\n  }', 3, 3, 'unexpected `}` after the end of the JSON value'],
    ["{'a': 1}", 1, 2, "unexpected `'`; expected a property name in double quotes"],
    ['{"a": tru}', 1, 7, 'unexpected `t`; expected a value (an object, array, string, number, true, false or null)'],
    ['\uFEFF{"a" 1}', 1, 7, 'unexpected `1`; expected `:` after the property name'],
  ])('places the syntax error in %j at line %i, column %i', (text, line, column, message) => {
    expect(parseJson(text)).toEqual({ ok: false, error: { line, column, message } });
  });

  it('parses valid JSON, with or without a byte-order mark', () => {
    expect(parseJson('\uFEFF{"macros": []}')).toEqual({ ok: true, value: { macros: [] } });
  });
});

describe('parseZendeskMacrosPage', () => {
  it('reads every macro of an offset-paginated page with its usage sideloads', () => {
    const macros = macrosOf(fixture('macros-page-1.json'));
    expect(macros.map((macro) => [macro.id, macro.title, macro.active, macro.usage_7d, macro.usage_30d])).toEqual([
      [360001000001, 'Billing::Refund::Refund approved', true, 31, 118],
      [360001000002, 'Account::Password reset link', true, 4, 12],
      [360001000003, 'Promo code expired', false, 0, 0],
    ]);
  });

  it('reads a cursor-paginated page and a single-macro response', () => {
    const cursorPage = '{"macros":[{"id":7,"title":"A","actions":[]}],"meta":{"has_more":false,"after_cursor":null},"links":{"next":null}}';
    const single = '{"macro":{"id":8,"title":"B","active":false,"actions":[{"field":"status","value":"solved"}]}}';
    expect(macrosOf(cursorPage).map((macro) => macro.id)).toEqual([7]);
    expect(macrosOf(single)).toMatchObject([{ id: 8, title: 'B', active: false, actions: [{ field: 'status', value: 'solved' }] }]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    expect(parseZendeskMacrosPage(fixture('broken.json'))).toEqual({
      ok: false,
      error: { position: { line: 4, column: 5 }, message: 'the file is not valid JSON: unexpected `{`; expected `,` or `]`' },
    });
  });

  it('says what was expected when the JSON is not a Zendesk macros export', () => {
    const page = parseZendeskMacrosPage(fixture('not-macros.json'));
    expect(page.ok).toBe(false);
    expect(!page.ok && page.error).toEqual({
      message:
        "the file is JSON but not a Zendesk macros export; expected the JSON that Zendesk's macros API returns: an object " +
        'with a `macros` array (`GET /api/v2/macros.json`) or one `macro` (`GET /api/v2/macros/{id}.json`)',
    });
  });

  it('names the macro and the field that do not fit the API shape', () => {
    const page = parseZendeskMacrosPage('{"macros":[{"id":1,"title":"A","actions":[]},{"id":2,"actions":[]}]}');
    expect(!page.ok && page.error.message).toMatch(/^`macros\[1\]\.title` is missing; expected the JSON that Zendesk's macros API returns/);
    const badAction = parseZendeskMacrosPage('{"macros":[{"id":1,"title":"A","actions":[{"value":"x"}]}]}');
    expect(!badAction.ok && badAction.error.message).toMatch(/^`macros\[0\]\.actions\.0\.field` is missing/);
  });

  it('gives the line and column of the field that does not fit, or of its entry when the field is absent', () => {
    const text = JSON.stringify(
      {
        macros: [
          { id: 1, title: 'A "quoted" {title}', actions: [] },
          { id: 2, title: 'B', usage_7d: null, actions: [] },
        ],
      },
      null,
      2,
    );
    expect(text.split('\n')[10]).toBe('      "usage_7d": null,');
    const wrongKind = parseZendeskMacrosPage(text);
    expect(!wrongKind.ok && wrongKind.error.position).toEqual({ line: 11, column: 19 });
    const missing = parseZendeskMacrosPage('\uFEFF{"macros":[{"id":1,"title":"A","actions":[]},\n {"id":2,"actions":[]}]}');
    expect(!missing.ok && missing.error.position).toEqual({ line: 2, column: 2 });
    const single = parseZendeskMacrosPage('{"macro":\n{"id":7,"title":5,"actions":[]}}');
    expect(!single.ok && single.error.position).toEqual({ line: 2, column: 17 });
  });

  it('says what a present field of the wrong kind holds, and never calls it missing', () => {
    const message = (text: string) => {
      const page = parseZendeskMacrosPage(text);
      return page.ok ? 'parsed' : page.error.message.split('; expected')[0];
    };
    expect(message('{"macros":[{"id":"7","title":"A","actions":[]}]}')).toBe(
      '`macros[0].id` must be the numeric Zendesk macro id; found the string `"7"`',
    );
    expect(message('{"macro":{"id":7,"title":5,"actions":[]}}')).toBe('`macro.title` must be a string; found the number `5`');
    expect(message('{"macros":[{"id":7,"title":"A","actions":null}]}')).toBe(
      '`macros[0].actions` must be an array of `{ field, value }` actions; found `null`',
    );
    expect(message('{"macros":[{"id":7,"title":"A","actions":[],"active":"yes"}]}')).toBe(
      '`macros[0].active` must be `true` or `false`; found the string `"yes"`',
    );
    expect(message('{"macros":[{"id":-7,"title":"A","actions":[]}]}')).toMatch(/^`macros\[0\]\.id` .*; found the number `-7`$/);
    expect(message('{"macros":[{"id":7,"title":"A","actions":[],"usage_7d":2.5}]}')).toBe(
      '`macros[0].usage_7d` must be a whole number; found the number `2.5`',
    );
    expect(message('{"macros":[{"id":7,"title":"A","actions":[],"usage_7d":-1}]}')).toBe(
      '`macros[0].usage_7d` must be at least 0; found the number `-1`',
    );
    expect(message('{"macros":[{"id":7,"title":"   ","actions":[]}]}')).toBe('`macros[0].title` must be a non-empty string; found no text');
    expect(message('{"macros":[{"id":7,"title":"A","actions":[{"field":{},"value":1}]}]}')).toBe(
      '`macros[0].actions.0.field` must be a string; found an object',
    );
  });
});

describe('mergeZendeskPages', () => {
  it('keeps one macro per Zendesk id, the later page winning, sorted by id', () => {
    const first = macrosOf('{"macros":[{"id":9,"title":"Old","actions":[]},{"id":3,"title":"C","actions":[]}]}');
    const second = macrosOf('{"macros":[{"id":9,"title":"New","actions":[]}]}');
    expect(mergeZendeskPages([first, second]).map((macro) => [macro.id, macro.title])).toEqual([
      [3, 'C'],
      [9, 'New'],
    ]);
  });
});
