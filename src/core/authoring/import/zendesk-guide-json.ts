// Reads pages of Zendesk Guide's articles API (`GET /api/v2/help_center/articles.json?include=sections,categories`).
import { z } from '../../../../schemas/zod.ts';
import { describeJsonIssue, withInput } from '../../macros/json-shape.ts';
import { jsonValuePosition, parseJson, type JsonSyntaxError } from '../../macros/json-syntax.ts';

// Loose objects: the API adds fields over time that we neither need nor reject.
const articleSchema = z.looseObject({
  id: z.int({ error: 'must be the numeric Zendesk article id' }).positive(),
  title: z.string().trim().min(1, { error: 'must be a non-empty string' }),
  body: z.string().nullable().optional(),
  html_url: z.string().nullable().optional(),
  section_id: z.int().nullable().optional(),
  label_names: z.array(z.string()).nullable().optional(),
  updated_at: z.string().nullable().optional(),
  edited_at: z.string().nullable().optional(),
  draft: z.boolean().optional(),
});
const sectionSchema = z.looseObject({ id: z.int(), name: z.string(), category_id: z.int().nullable().optional() });
const categorySchema = z.looseObject({ id: z.int(), name: z.string() });

export type GuideArticle = z.infer<typeof articleSchema>;
type GuideSection = z.infer<typeof sectionSchema>;
type GuideCategory = z.infer<typeof categorySchema>;

export interface GuideExport {
  articles: GuideArticle[];
  sections: GuideSection[];
  categories: GuideCategory[];
}

export type GuidePageResult =
  { ok: true; page: GuideExport } | { ok: false; error: { position?: Omit<JsonSyntaxError, 'message'>; message: string } };

const expected =
  "expected the JSON that Zendesk Guide's articles API returns: an object with an `articles` array (`GET " +
  '/api/v2/help_center/articles.json`)';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseGuidePage(text: string): GuidePageResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, ...position } = parsed.error;
    return { ok: false, error: { position, message: `the file is not valid JSON: ${message}` } };
  }
  const page = isRecord(parsed.value) ? parsed.value : {};
  const entries = Array.isArray(page.articles) ? page.articles : isRecord(page.article) ? [page.article] : undefined;
  if (!entries) return { ok: false, error: { message: `the file is JSON but not a Zendesk Guide articles export; ${expected}` } };
  const result: GuideExport = { articles: [], sections: [], categories: [] };
  const lists: Array<[string, unknown[], z.ZodType, unknown[]]> = [
    ['articles', entries, articleSchema, result.articles],
    ['sections', Array.isArray(page.sections) ? page.sections : [], sectionSchema, result.sections],
    ['categories', Array.isArray(page.categories) ? page.categories : [], categorySchema, result.categories],
  ];
  for (const [name, list, schema, into] of lists) {
    for (const [index, entry] of list.entries()) {
      const checked = schema.safeParse(entry, withInput);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        // A single-article response (`{"article": …}`) holds its one entry under `article`: named and placed so.
        const single = name === 'articles' && !Array.isArray(page.articles);
        const position = jsonValuePosition(text, [
          ...(single ? ['article'] : [name, index]),
          ...issue.path.filter((key) => typeof key !== 'symbol'),
        ]);
        const where = single ? 'article' : `${name}[${index}]`;
        return { ok: false, error: { position, message: `${describeJsonIssue(where, issue)}; ${expected}` } };
      }
      into.push(checked.data);
    }
  }
  return { ok: true, page: result };
}

/** Several page files: one article, section and category per id, the later page winning, sorted by id. */
export function mergeGuidePages(pages: readonly GuideExport[]): GuideExport {
  const merge = <Entry extends { id: number }>(lists: Entry[][]) =>
    [...new Map(lists.flat().map((entry) => [entry.id, entry])).values()].sort((a, b) => a.id - b.id);
  return {
    articles: merge(pages.map((page) => page.articles)),
    sections: merge(pages.map((page) => page.sections)),
    categories: merge(pages.map((page) => page.categories)),
  };
}
