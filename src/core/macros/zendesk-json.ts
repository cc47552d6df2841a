// Reads one page of Zendesk's macros API (`GET /api/v2/macros.json`) into checked macro records.
import { z } from '../../../schemas/zod.ts';
import { describeJsonIssue, withInput } from './json-shape.ts';
import { jsonValuePosition, parseJson, type JsonSyntaxError } from './json-syntax.ts';

/** One macro action as the API gives it; `value` is a string, an array or occasionally a number or boolean. */
export interface ZendeskAction {
  field: string;
  value: unknown;
}

export const usageCounters = ['usage_1h', 'usage_24h', 'usage_7d', 'usage_30d'] as const;

const actionSchema = z.looseObject({
  field: z.string().min(1, { error: 'must be a non-empty string' }),
  value: z.unknown(),
});

const counterSchema = z.int().min(0).optional();

// Loose objects: the API adds fields over time (`raw_title`, `position`, `url` …) that we neither need nor reject.
const macroSchema = z.looseObject({
  id: z.int({ error: 'must be the numeric Zendesk macro id' }).positive(),
  title: z.string().trim().min(1, { error: 'must be a non-empty string' }),
  active: z.boolean().optional(),
  actions: z.array(actionSchema, { error: 'must be an array of `{ field, value }` actions' }),
  restriction: z.looseObject({ type: z.string() }).nullable().optional(),
  updated_at: z.string().nullable().optional(),
  usage_1h: counterSchema,
  usage_24h: counterSchema,
  usage_7d: counterSchema,
  usage_30d: counterSchema,
});

export type ZendeskMacro = z.infer<typeof macroSchema>;

export type ZendeskPageResult = { ok: true; macros: ZendeskMacro[] } | { ok: false; error: ZendeskPageError };

interface ZendeskPageError {
  /** Where in the file: the syntax error, or the entry or field that is not what Zendesk writes. */
  position?: Omit<JsonSyntaxError, 'message'>;
  message: string;
}

const expected =
  "expected the JSON that Zendesk's macros API returns: an object with a `macros` array (`GET /api/v2/macros.json`) or one " +
  '`macro` (`GET /api/v2/macros/{id}.json`)';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts a list page (offset or cursor pagination) or a single-macro response. */
export function parseZendeskMacrosPage(text: string): ZendeskPageResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, ...position } = parsed.error;
    return { ok: false, error: { position, message: `the file is not valid JSON: ${message}` } };
  }
  const page = isRecord(parsed.value) ? parsed.value : {};
  const isList = Array.isArray(page.macros);
  const entries = isList ? (page.macros as unknown[]) : isRecord(page.macro) ? [page.macro] : undefined;
  if (!entries) return { ok: false, error: { message: `the file is JSON but not a Zendesk macros export; ${expected}` } };

  const macros: ZendeskMacro[] = [];
  for (const [index, entry] of entries.entries()) {
    const checked = macroSchema.safeParse(entry, withInput);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const where = isList ? `macros[${index}]` : 'macro';
      const message = `${describeJsonIssue(where, issue)}; ${expected}, each macro with an \`id\`, a \`title\` and \`actions\``;
      const path = [...(isList ? ['macros', index] : ['macro']), ...issue.path.filter((key) => typeof key !== 'symbol')];
      return { ok: false, error: { position: jsonValuePosition(text, path), message } };
    }
    macros.push(checked.data);
  }
  return { ok: true, macros };
}

/** Several page files at once: one macro per Zendesk id, the later page winning, sorted by id. */
export function mergeZendeskPages(pages: readonly ZendeskMacro[][]): ZendeskMacro[] {
  const byId = new Map<number, ZendeskMacro>();
  for (const macro of pages.flat()) byId.set(macro.id, macro);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
