// Turns zod issues into problems placed at their field, in words a support manager can act on.
import type { z } from '../../../schemas/zod.ts';
import { didYouMean } from '../nearest.ts';
import type { ContentProblem, YamlBlock } from '../model.ts';

type Issue = z.core.$ZodIssue;

export function schemaProblems(schema: z.ZodType, raw: unknown, block: YamlBlock): { data: unknown; problems: ContentProblem[] } {
  const result = schema.safeParse(raw ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => problemsFromIssue(issue, schema, block));
  return { data: undefined, problems };
}

function problemsFromIssue(issue: Issue, schema: z.ZodType, block: YamlBlock): ContentProblem[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const field = [...path, key].join('.');
      const location = block.fields.get(field)?.key ?? block.range;
      return {
        kind: 'schema',
        field,
        ...location,
        message: `unknown field \`${field}\`${didYouMean(key, known)}`,
      };
    });
  }
  const field = path.join('.');
  const location = locate(block, path);
  return [{ kind: 'schema', field, ...location, message: describeIssue(issue, field, block) }];
}

/** The value's range when the field is there, else its parent's key (a missing field is reported where it belongs). */
function locate(block: YamlBlock, path: string[]) {
  for (let length = path.length; length > 0; length--) {
    const location = block.fields.get(path.slice(0, length).join('.'));
    if (location) return length === path.length ? location.value : location.key;
  }
  return { line: block.range.line, column: block.range.column };
}

function describeIssue(issue: Issue, field: string, block: YamlBlock): string {
  const name = field ? `\`${field}\`` : 'the frontmatter';
  if (field && issue.input === undefined && !block.fields.has(field)) return `required field ${name} is missing`;
  switch (issue.code) {
    case 'invalid_type': {
      const present = block.fields.has(field);
      if (!present && field) return `required field ${name} is missing`;
      if (!field && issue.input == null) return 'the frontmatter is empty; add the required fields';
      const hint = field.endsWith('version') && typeof issue.input === 'number' ? '; write it as `MAJOR.MINOR.PATCH`, such as `1.0.0`' : '';
      return `${name} must be ${article(issue.expected)}; found ${describeValue(issue.input)}${hint}`;
    }
    case 'invalid_value':
      return (
        `${name} must be one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}; found ` +
        `${describeValue(issue.input)}${didYouMean(String(issue.input), issue.values.map(String))}`
      );
    case 'invalid_format':
    case 'custom':
      return `${name} ${issue.message}; found ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${name} must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : `${name} ${issue.message.startsWith('Too small') ? `must be at least ${String(issue.minimum)}` : issue.message}`;
    case 'too_big':
      return `${name} must be at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return `${name} has an unexpected shape; found ${describeValue(issue.input)}`;
    default:
      return `${name}: ${issue.message}`;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    array: 'a list',
    object: 'a mapping of fields',
    boolean: '`true` or `false`',
  };
  return words[expected] ?? `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `the number \`${value}\``;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

/** The keys an object schema accepts at `path`, for "did you mean" on unknown fields. */
function knownKeys(schema: z.ZodType, path: string[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && def.shape) current = def.shape[segment];
    else if (def?.type === 'array') current = def.element;
    else return [];
  }
  const def = (unwrap(current) as { def?: { shape?: Record<string, unknown> } }).def;
  return Object.keys(def?.shape ?? {});
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (current?.def && ['optional', 'default', 'nullable', 'prefault'].includes(current.def.type ?? '')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
