// Level-2 sections of an SOP body and their aliases: where Steps, Edge cases and the rest are found.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Section {
  heading: Heading;
  title: string;
  /** The nodes after the heading up to the next heading of the same or a higher level. */
  content: RootContent[];
}

const sectionAliases = {
  steps: ['steps', 'procedure', 'process'],
  edgeCases: ['edge cases', 'exceptions', 'edge cases and exceptions'],
  commonMistakes: ['common mistakes', 'mistakes to avoid'],
  escalation: ['escalation'],
} as const;

export type SectionRole = keyof typeof sectionAliases;

function normalise(title: string): string {
  return title.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '');
}

export function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      current = node.depth === 2 ? { heading: node, title: toString(node), content: [] } : undefined;
      if (current) sections.push(current);
      continue;
    }
    current?.content.push(node);
  }
  return sections;
}

/** The first level-2 section whose title is one of the role's names (case-insensitive). */
export function findSection(tree: Root, role: SectionRole, sections = sectionsOf(tree)): Section | undefined {
  const names: readonly string[] = sectionAliases[role];
  return sections.find((section) => names.includes(normalise(section.title)));
}
