// What an SOP's components point at: the macros it shows inline and the channels its tabs name, with
// where each is written, so lint checks them and the registry counts an inline macro as a use.
import type { Root } from 'mdast';
import type { SourceRange } from '../diagnostic.ts';
import { componentElements, readProps, rangeOf } from './jsx.ts';

export interface ComponentReference {
  id: string;
  /** The prop's position, else the tag's. */
  range: SourceRange | undefined;
}

function referencesBy(tree: Root, component: string, prop: string): ComponentReference[] {
  const found: ComponentReference[] = [];
  for (const { node } of componentElements(tree)) {
    if (node.name !== component) continue;
    const props = readProps(node);
    const value = props.values[prop];
    if (typeof value !== 'string' || value === '') continue;
    found.push({ id: value, range: props.ranges.get(prop) ?? rangeOf(node.position) });
  }
  return found;
}

/** `<Macro id="…">` in the body, in order of appearance. */
export function inlineMacros(tree: Root): ComponentReference[] {
  return referencesBy(tree, 'Macro', 'id');
}

/** `<Tab channel="…">` in the body, in order of appearance. */
export function tabChannels(tree: Root): ComponentReference[] {
  return referencesBy(tree, 'Tab', 'channel');
}

/** Cheap test before a walk: most SOPs hold no component at all. */
export function mayHoldComponents(body: string): boolean {
  return /<[A-Z]/.test(body);
}

/**
 * Macro ids an SOP uses: those its frontmatter lists, then those it shows inline, each once. Takes the
 * document rather than its tree: reading a document's `tree` parses its body, which a body without
 * components does not need (a lint with a warm cache parses no unchanged body).
 */
export function macrosUsedBy(listed: readonly string[], document: { readonly body: string; readonly tree: Root }): string[] {
  if (!mayHoldComponents(document.body)) return [...new Set(listed)];
  return [...new Set([...listed, ...inlineMacros(document.tree).map((reference) => reference.id)])];
}
