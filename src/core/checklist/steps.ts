// The checkable steps of an SOP: the top-level items of the numbered lists under `## Steps`, each with an
// id that survives re-wording of case, spacing, punctuation and formatting (or an explicit `step:` comment).
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { findSection } from '../markdown/sections.ts';
import { textHash } from '../text-hash.ts';

export interface ChecklistStep {
  /** Stable within the SOP: an explicit `step: <id>` comment, else `s` + a hash of the normalised text. */
  id: string;
  /** The number the rep sees (a list's `start` counts). */
  number: number;
  /** The step's own text, sub-steps left out, spaces collapsed. */
  text: string;
  item: ListItem;
}

const explicitId = /^\s*(?:\/\*|<!--)\s*step:\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:\*\/|-->)\s*$/;

/** The checkable steps, in order; empty when the SOP has no Steps section or no numbered list in it. */
export function checklistSteps(tree: Root): ChecklistStep[] {
  const section = findSection(tree, 'steps');
  if (!section) return [];
  const steps: ChecklistStep[] = [];
  const used = new Map<string, number>();
  for (const list of topLevelOrderedLists(section.content)) {
    list.children.forEach((item, position) => {
      const text = stepText(item);
      if (!text) return;
      const wanted = explicitStepId(item) ?? `s${textHash(normaliseStepText(text))}`;
      const seen = used.get(wanted) ?? 0;
      used.set(wanted, seen + 1);
      steps.push({ id: seen === 0 ? wanted : `${wanted}-${seen + 1}`, number: (list.start ?? 1) + position, text, item });
    });
  }
  return steps;
}

/** Lower case, letters and digits only, single spaces: what a typo fix, bold or a full stop does not change. */
export function normaliseStepText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type AnyNode = Nodes | { type: string; value?: string; children?: unknown[] };

function topLevelOrderedLists(content: readonly RootContent[]): List[] {
  const lists: List[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'list') {
      if ((node as List).ordered) lists.push(node as List);
      return;
    }
    if (node.type === 'listItem') return;
    for (const child of (node as { children?: AnyNode[] }).children ?? []) walk(child);
  };
  for (const node of content) walk(node);
  return lists;
}

/** Text of the item without nested lists, comments, MDX expressions or raw HTML. */
function stepText(item: ListItem): string {
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'list' || node.type === 'html' || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return;
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if (node.type === 'break') parts.push(' ');
    for (const child of (node as { children?: AnyNode[] }).children ?? []) walk(child);
    if (node.type === 'paragraph') parts.push(' ');
  };
  walk(item);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function explicitStepId(item: ListItem): string | undefined {
  let found: string | undefined;
  const walk = (node: AnyNode) => {
    if (found || node.type === 'list') return;
    if (
      (node.type === 'html' || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') &&
      typeof (node as { value?: unknown }).value === 'string'
    ) {
      found = explicitId.exec((node as { value: string }).value)?.[1];
    }
    for (const child of (node as { children?: AnyNode[] }).children ?? []) walk(child);
  };
  walk(item);
  return found;
}
