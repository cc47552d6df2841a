// The typed playbook model that the loader builds and that rules, reports and pages read.
import type { Root } from 'mdast';
import type { MacroFrontmatter, PlaybookConfig, SopFrontmatter, TeamFile } from '../../schemas/index.ts';
import type { SourceRange } from './diagnostic.ts';

/** A file's text as read by an adapter; `path` is relative to the playbook root, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
  /** What decoding the file's bytes found (invalid UTF-8, NUL bytes, a UTF-16/32 file); absent when clean or read as text. */
  encodingProblems?: readonly (SourceRange & { message: string })[];
}

/** Where one YAML field sits: the key (for unknown or missing fields) and its value (for bad values). */
export interface FieldLocation {
  key: SourceRange;
  value: SourceRange;
}

/** A problem with a YAML block or its schema, already placed at the field it concerns. */
export interface ContentProblem extends SourceRange {
  /** `yaml` for syntax, `schema` for a zod issue, `id` for a file name that is no valid id. */
  kind: 'yaml' | 'schema' | 'id' | 'encoding';
  /** Field path such as `escalation.1.owner`; empty for the whole block. */
  field: string;
  message: string;
}

export interface YamlBlock {
  /** The parsed value, or undefined when the YAML does not parse. */
  raw: unknown;
  /** Field path (`escalation.0.owner`) to its location in the file. */
  fields: ReadonlyMap<string, FieldLocation>;
  /** The whole block, `---` fences included for frontmatter. */
  range: SourceRange;
}

export interface ContentDocument<Frontmatter> {
  kind: 'sop' | 'macro';
  /** The file name without extension: the SOP or macro id. */
  id: string;
  file: SourceFile;
  format: 'md' | 'mdx';
  frontmatter: YamlBlock;
  /** The frontmatter, when it passed its schema. */
  data: Frontmatter | undefined;
  problems: ContentProblem[];
  /** The whole file as mdast (frontmatter as a `yaml` node); positions are the file's own. */
  tree: Root;
  /** Set when MDX (or Markdown) could not parse the file; `tree` then holds a plain-Markdown reading. */
  syntaxError: (SourceRange & { message: string }) | undefined;
  /**
   * Lets go of the parsed `tree` (and `syntaxError`): the next read parses the text again. For a build that has rendered
   * what it needs of a body, so that its tree (at 10,000 SOPs, about a quarter of the heap) is not kept to the end.
   */
  releaseTree(): void;
  /** The text after the frontmatter, as written. */
  body: string;
  /** 1-based line on which `body` starts. */
  bodyLine: number;
}

export type SopDocument = ContentDocument<SopFrontmatter>;
export type MacroDocument = ContentDocument<MacroFrontmatter>;

export interface ConfigDocument<Data> {
  /** Undefined when the file does not exist and defaults apply. */
  file: SourceFile | undefined;
  yaml: YamlBlock;
  data: Data;
  problems: ContentProblem[];
}

export interface Playbook {
  config: ConfigDocument<PlaybookConfig>;
  team: ConfigDocument<TeamFile>;
  sops: SopDocument[];
  macros: MacroDocument[];
}
