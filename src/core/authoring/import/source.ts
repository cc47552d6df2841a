// An imported source file and what a first reading of it found.
import type { Heading, Root } from 'mdast';

export interface ImportSource {
  /** Path inside the import folder, with forward slashes. */
  path: string;
  text: string;
}

export interface Analysed {
  source: ImportSource;
  original: Record<string, unknown> | undefined;
  unparsedYaml: string | undefined;
  body: string;
  tree: Root;
  /** The heading that became the title, removed from the body. */
  titleNode: Heading | undefined;
  title: string;
  titleFrom: 'frontmatter' | 'heading' | 'file name';
  /** The file name without its extension. */
  stem: string;
  /** MkDocs admonitions turned into quotes before anything else read the body. */
  admonitions: number;
}
