// Frontmatter of an imported SOP: inferred and flagged values, the original's valid SOP fields kept, the rest kept as YAML comments.
import { stringify } from 'yaml';
import { idPattern, semverSchema, sopFrontmatterSchema } from '../../../../schemas/index.ts';
import type { Category } from '../../../../schemas/index.ts';
import type { ImportedFields } from './source.ts';

export interface ImportedFrontmatterInput {
  /** The original frontmatter as parsed; undefined when there was none or it did not parse. */
  original: Record<string, unknown> | undefined;
  /** The original YAML when it did not parse, kept line by line as comments. */
  unparsedYaml: string | undefined;
  title: string;
  summary: string;
  owner: string;
  category: Category;
  today: string;
  channels: readonly string[];
  ownerIds: ReadonlySet<string>;
  macroIds: ReadonlySet<string>;
  sopIds: ReadonlySet<string>;
  /** Values the source decides (a help desk's review date, status, `source`), over the inferred ones. */
  fields?: ImportedFields | undefined;
}

export interface ImportedFrontmatter {
  text: string;
  /** Original fields not carried over as they were, now comments. */
  commented: string[];
}

const importedVersion = '0.1.0';

type Keep = { keep: unknown; comment: boolean } | undefined;

function ids(value: unknown, allowed: (id: string) => boolean): Keep {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return { keep: undefined, comment: true };
  const kept = value.filter((entry) => idPattern.test(entry) && allowed(entry));
  return { keep: kept.length > 0 ? kept : undefined, comment: kept.length !== value.length };
}

function valid(key: keyof typeof sopFrontmatterSchema.shape, value: unknown): Keep {
  const ok = sopFrontmatterSchema.shape[key].safeParse(value).success;
  return { keep: ok ? value : undefined, comment: !ok };
}

/** What becomes of one original field: kept as it is, replaced (and commented), or dropped into comments. */
function decide(key: string, value: unknown, input: ImportedFrontmatterInput): Keep {
  switch (key) {
    case 'title':
      return { keep: undefined, comment: value !== input.title };
    case 'summary':
    case 'description':
      return { keep: undefined, comment: value !== input.summary };
    case 'owner':
      return { keep: undefined, comment: value !== input.owner };
    case 'status':
      return { keep: undefined, comment: value !== 'draft' };
    case 'reviewed':
      return { keep: undefined, comment: value !== input.today };
    case 'category':
      return { keep: undefined, comment: value !== input.category.id };
    case 'version':
      return semverSchema.safeParse(value).success ? { keep: value, comment: false } : { keep: undefined, comment: true };
    case 'coOwners':
      return ids(value, (id) => input.ownerIds.has(id));
    case 'tags': {
      const allowed = input.category.tags ? new Set(input.category.tags) : undefined;
      return ids(value, (id) => allowed === undefined || allowed.has(id));
    }
    case 'channels':
      return ids(value, (id) => input.channels.includes(id));
    case 'macros':
      return ids(value, (id) => input.macroIds.has(id));
    case 'related':
      return ids(value, (id) => input.sopIds.has(id));
    case 'reviewEvery':
    case 'scope':
    case 'sla':
    case 'escalation':
    case 'approvals':
      return valid(key, value);
    default:
      return undefined;
  }
}

const fieldOrder = Object.keys(sopFrontmatterSchema.shape);

export function importedFrontmatter(input: ImportedFrontmatterInput): ImportedFrontmatter {
  const kept: Record<string, unknown> = {};
  const commented: string[] = [];
  for (const [key, value] of Object.entries(input.original ?? {})) {
    const decision = decide(key, value, input) ?? { keep: undefined, comment: true };
    if (decision.keep !== undefined) kept[key] = decision.keep;
    if (decision.comment) commented.push(key);
  }
  const scope = (kept.scope as { appliesTo: string } | undefined) ?? { appliesTo: input.summary };
  const fields: Record<string, unknown> = {
    ...kept,
    title: input.title,
    summary: input.summary,
    owner: input.owner,
    version: kept.version ?? importedVersion,
    status: 'draft',
    reviewed: input.today,
    category: input.category.id,
    scope,
    ...input.fields,
  };
  const ordered = Object.fromEntries(fieldOrder.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]));
  const lines = [stringify(ordered, { lineWidth: 0 }).trimEnd()];
  if (commented.length > 0) {
    lines.push('# From the original frontmatter, not carried over as written; move what matters into the fields above:');
    for (const key of commented) lines.push(...asComment(stringify({ [key]: input.original![key] }, { lineWidth: 0 })));
  }
  if (input.unparsedYaml !== undefined) {
    lines.push('# The original frontmatter, which was not valid YAML:', ...asComment(input.unparsedYaml));
  }
  return { text: `${lines.join('\n')}\n`, commented };
}

function asComment(text: string): string[] {
  return text
    .trimEnd()
    .split(/\r?\n/)
    .map((line) => (line === '' ? '#' : `# ${line}`));
}
