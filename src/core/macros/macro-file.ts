// Writes macro files: new ones in a fixed field order, and targeted updates that keep the author's other fields and comments.
import { Document, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { splitFrontmatter } from '../load/frontmatter.ts';

/** Frontmatter fields in the order a new file lists them; `undefined` leaves a field out (or removes it on update). */
export type MacroFields = Record<string, unknown>;

const fieldOrder = [
  'title',
  'owner',
  'reviewed',
  'reviewEvery',
  'status',
  'category',
  'tags',
  'channels',
  'usage',
  'actions',
  'restriction',
  'source',
];
/** Short values read best on one line, as the hand-written macros have them; `source` stays a block for its long lines. */
const flowFields = new Set(['tags', 'channels', 'usage', 'restriction']);
const toStringOptions = { lineWidth: 0 } as const;

function fieldNode(document: Document, key: string, value: unknown): Node {
  const node = document.createNode(value, { flow: flowFields.has(key) }) as Node;
  if (key === 'actions' && isSeq(node)) {
    for (const item of node.items) if (isMap(item)) item.flow = true;
  }
  return node;
}

function withBody(frontmatter: string, body: string): string {
  return `---\n${frontmatter}---\n${body}`;
}

export function renderMacroFile(fields: MacroFields, body: string): string {
  const document = new Document({});
  const keys = [...fieldOrder, ...Object.keys(fields).filter((key) => !fieldOrder.includes(key))];
  for (const key of keys) {
    if (fields[key] !== undefined) document.set(key, fieldNode(document, key, fields[key]));
  }
  return withBody(document.toString(toStringOptions), body);
}

/**
 * Sets the given fields in an existing file (in place, keeping comments and every other field) and replaces the
 * body when one is given. A file whose frontmatter does not parse is rewritten whole from `fallback`.
 */
export function updateMacroFile(existing: string, fields: MacroFields, body: string | undefined, fallback: () => string): string {
  const split = splitFrontmatter(existing);
  if (split.yaml === undefined) return fallback();
  const document = parseDocument(split.yaml);
  if (document.errors.length > 0 || !isMap(document.contents)) return fallback();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) document.delete(key);
    else document.set(key, fieldNode(document, key, value));
  }
  return withBody(document.toString(toStringOptions), body ?? split.body);
}
