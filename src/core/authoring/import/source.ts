// An imported source file and what a first reading of it found.
import type { Heading, Root } from 'mdast';

export interface ImportSource {
  /** Path inside the import folder, with forward slashes. */
  path: string;
  text: string;
  /** The name ids are made from, when the file name is not it (Confluence's `Refunds_123456.html`). */
  stem?: string | undefined;
  /** Frontmatter the source decides rather than the import (a help desk's review date, status and `source`). */
  fields?: ImportedFields | undefined;
  /** A help-desk article, which has no file name to change: when its id is taken in the import it gets the next number. */
  numberClashes?: boolean | undefined;
  /** Panels arrive as quotes opening with `**Kind: title**` (HTML imports): in an `.mdx` SOP they become `<Callout>`s. */
  callouts?: boolean | undefined;
  /** The ids an HTML page gave its headings (Confluence's `Refundrequests-Steps`, Zendesk's `h_01H…`), to the heading's text. */
  headingIds?: Readonly<Record<string, string>> | undefined;
  /** The encoding the file was read in when it was not UTF-8 (`UTF-16 (little-endian)`, `Windows-1252`), for the report. */
  encoding?: string | undefined;
  /** Why the file could not be read as a document (no text at all, markup nested too deep): it is skipped, saying so. */
  unreadable?: { kind: 'binary' | 'too-deep'; message: string } | undefined;
}

export interface ImportedFields {
  reviewed?: string;
  status?: 'draft' | 'active';
  owner?: string;
  version?: string;
  source?: Record<string, unknown>;
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
  /** MkDocs and Docusaurus admonitions turned into quotes before anything else read the body (callouts in `.mdx`). */
  admonitions: number;
  /** MkDocs Material content tabs (`=== "Email"`) written as bold labels over their content. */
  contentTabs: number;
  /** Raw HTML blocks written as Markdown before anything else read the body. */
  htmlBlocks: number;
}
