// Builds the typed Playbook model from file texts handed over by an adapter; it reads no files itself.
import {
  macroFrontmatterSchema,
  playbookConfigSchema,
  sopFrontmatterSchema,
  teamFileSchema,
  idPattern,
  type MacroFrontmatter,
  type PlaybookConfig,
  type SopFrontmatter,
  type TeamFile,
} from '../../../schemas/index.ts';
import type { z } from '../../../schemas/zod.ts';
import type { ConfigDocument, ContentDocument, ContentProblem, Playbook, SourceFile } from '../model.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseBody } from './markdown.ts';
import { schemaProblems } from './schema-problems.ts';
import { knownYamlBlock, parseYamlBlock } from './yaml-block.ts';

export interface PlaybookSources {
  /** `content/playbook.yaml`; undefined when missing (defaults apply, `title` excepted). */
  playbook: SourceFile | undefined;
  team: SourceFile | undefined;
  sops: SourceFile[];
  macros: SourceFile[];
}

/**
 * The frontmatter value an earlier run read from this very file text without a YAML problem (a lint cache's),
 * or undefined: reading YAML is most of loading a playbook whose bodies a cache answers for.
 */
export type KnownFrontmatter = (file: SourceFile) => { value: unknown } | undefined;

export function loadPlaybook(sources: PlaybookSources, knownFrontmatter?: KnownFrontmatter): Playbook {
  return {
    config: loadConfig<PlaybookConfig>(sources.playbook, playbookConfigSchema, { title: 'Support Playbook' }),
    team: loadConfig<TeamFile>(sources.team, teamFileSchema, {}),
    sops: sortById(sources.sops.map((file) => loadDocument<SopFrontmatter>(file, 'sop', sopFrontmatterSchema, knownFrontmatter))),
    macros: sortById(sources.macros.map((file) => loadDocument<MacroFrontmatter>(file, 'macro', macroFrontmatterSchema, knownFrontmatter))),
  };
}

function sortById<T extends { id: string; file: SourceFile }>(documents: T[]): T[] {
  return documents.sort((a, b) => (a.id === b.id ? compare(a.file.path, b.file.path) : compare(a.id, b.id)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function loadConfig<Data>(file: SourceFile | undefined, schema: z.ZodType, fallback: unknown): ConfigDocument<Data> {
  const text = file?.text ?? '';
  const lineCount = text.split('\n').length;
  const parsed = parseYamlBlock(text, 1, { line: 1, column: 1, endLine: lineCount, endColumn: 1 });
  const raw = file ? (parsed.block.raw ?? {}) : fallback;
  const checked = parsed.problems.length > 0 ? { data: undefined, problems: [] } : schemaProblems(schema, raw, parsed.block);
  const data = (checked.data ?? schema.safeParse(fallback).data) as Data;
  const encoding = (file?.encodingProblems ?? []).map((problem): ContentProblem => ({ kind: 'encoding', field: '', ...problem }));
  return { file, yaml: parsed.block, data, problems: [...encoding, ...parsed.problems, ...checked.problems] };
}

function documentId(path: string): { id: string; format: 'md' | 'mdx' } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const format = name.endsWith('.mdx') ? 'mdx' : 'md';
  return { id: name.replace(/\.mdx?$/, ''), format };
}

export function loadDocument<Frontmatter>(
  file: SourceFile,
  kind: 'sop' | 'macro',
  schema: z.ZodType,
  knownFrontmatter?: KnownFrontmatter,
): ContentDocument<Frontmatter> {
  const { id, format } = documentId(file.path);
  const split = splitFrontmatter(file.text);
  const problems: ContentProblem[] = [];
  if (!idPattern.test(id)) {
    problems.push({
      kind: 'id',
      field: '',
      line: 1,
      column: 1,
      message: `file name \`${id}\` is not a valid id; rename the file in lowercase kebab-case, such as \`${suggestId(id)}\``,
    });
  }
  const yaml = split.yaml ?? '';
  const known = split.yaml === undefined ? undefined : knownFrontmatter?.(file);
  const parsedYaml = known
    ? knownYamlBlock(known.value, yaml, split.yamlLine, split.range)
    : parseYamlBlock(yaml, split.yamlLine, split.range);
  for (const problem of parsedYaml.problems) problems.push(problem);
  let data: Frontmatter | undefined;
  if (split.yaml === undefined) {
    problems.push({
      kind: 'schema',
      field: '',
      line: 1,
      column: 1,
      message: split.unclosed
        ? 'the frontmatter opened on line 1 never closes; end it with a line holding only `---`'
        : 'the file has no frontmatter; start it with a `---` block holding the required fields',
    });
  } else if (parsedYaml.problems.length === 0) {
    const checked = schemaProblems(schema, parsedYaml.block.raw, parsedYaml.block);
    data = checked.data as Frontmatter | undefined;
    for (const problem of checked.problems) problems.push(problem);
  }
  // Macros hold Zendesk placeholders such as `{{ticket.id}}`, which MDX would read as code: always Markdown.
  const parsed = lazily(() => parseBody(file.text, kind === 'macro' ? 'md' : format));
  // Parsing Markdown is most of a lint run's time, so a body is parsed when a rule or page first reads
  // `tree` or `syntaxError`: a macro whose text holds no link is never parsed by `sop lint`.
  const document = {
    kind,
    id,
    file,
    format,
    frontmatter: parsedYaml.block,
    data,
    problems,
    get tree() {
      return parsed().tree;
    },
    get syntaxError() {
      return parsed().syntaxError;
    },
    body: split.body,
    bodyLine: split.bodyLine,
  };
  // A method, not data: not enumerable, so that two loads of the same files still compare equal, and a spread or JSON
  // of a document holds only what was read from the file.
  return Object.defineProperty(document, 'releaseTree', { value: parsed.forget }) as ContentDocument<Frontmatter>;
}

function lazily<T>(compute: () => T): (() => T) & { forget: () => void } {
  let value: { result: T } | undefined;
  return Object.assign(() => (value ??= { result: compute() }).result, {
    forget: () => {
      value = undefined;
    },
  });
}

export function suggestId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'untitled'
  );
}
