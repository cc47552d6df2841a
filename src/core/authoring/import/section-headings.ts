// The sections of an imported document: its headings levelled so sections are `##`, and the ones named as another
// tool names them (`Procedure`, `Exceptions`) renamed to the playbook's `Steps` and `Edge cases`.
import type { Heading, Root } from 'mdast';
import { plainText } from './infer.ts';

const stepsNames = new Set(['steps', 'procedure', 'procedures', 'process', 'workflow', 'how to', 'how-to', 'instructions']);
const edgeCaseNames = new Set(['exceptions', 'edge cases', 'edge cases and exceptions', 'exceptions and edge cases', 'special cases']);

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '');
}

/** A section heading of the body and what the import makes of it: levelled to `##`, maybe renamed. */
export interface PlannedHeading {
  heading: Heading;
  depth: number;
  /** The playbook's name for the section, when the heading is one of its aliases (`Procedure`, `Exceptions`). */
  renamedTo: 'Steps' | 'Edge cases' | undefined;
  /** A descriptive heading ("How to reset a login") stays, one level down, under the new one. */
  kept: boolean;
}

/** What becomes of each top-level heading but the title: one place, for the body and for the links to its anchors. */
export function planHeadings(tree: Root, title: Heading | undefined): PlannedHeading[] {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && node !== title);
  // Sections are level 2 in a playbook: a document whose top headings are `#` or `###` is levelled to `##`.
  const shift = headings.length === 0 ? 0 : 2 - Math.min(...headings.map((heading) => heading.depth));
  let stepsFound = headings.some((heading) => heading.depth + shift === 2 && normalise(plainText(heading)) === 'steps');
  let edgeCasesFound = headings.some((heading) => heading.depth + shift === 2 && normalise(plainText(heading)) === 'edge cases');
  return headings.map((heading): PlannedHeading => {
    const depth = Math.min(6, heading.depth + shift);
    const name = normalise(plainText(heading));
    if (depth === 2 && !stepsFound && (stepsNames.has(name) || name.startsWith('how to '))) {
      stepsFound = true;
      return { heading, depth, renamedTo: 'Steps', kept: !stepsNames.has(name) };
    }
    if (depth === 2 && !edgeCasesFound && edgeCaseNames.has(name) && name !== 'edge cases') {
      edgeCasesFound = true;
      return { heading, depth, renamedTo: 'Edge cases', kept: false };
    }
    return { heading, depth, renamedTo: undefined, kept: false };
  });
}
