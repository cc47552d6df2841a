// missing-steps: an SOP needs a `## Steps` section holding a numbered list, one action per item, none of them empty.
import type { List, Nodes, RootContent } from 'mdast';
import { hasText } from '../../markdown/has-text.ts';
import { findSection } from '../../markdown/sections.ts';
import { bodyStart, nodeStart } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const missingSteps = defineRule({
  meta: {
    id: 'missing-steps',
    defaultSeverity: 'error',
    description: 'An SOP needs a `## Steps` section with a numbered list, one action per item',
  },
  check({ playbook, report }) {
    for (const sop of playbook.sops) {
      const file = sop.file.path;
      const section = findSection(sop.tree, 'steps');
      if (!section) {
        report({
          file,
          ...bodyStart(sop),
          message: `SOP \`${sop.id}\` has no \`## Steps\` section; add one with a numbered list, one action per item`,
        });
        continue;
      }
      const heading = nodeStart(section.heading, bodyStart(sop));
      const lists = orderedLists(section.content);
      if (lists.length === 0) {
        report({
          file,
          ...heading,
          message: `\`## ${section.title}\` holds no numbered list; write the steps as \`1.\`, \`2.\` …, one action per item`,
        });
        continue;
      }
      for (const list of lists) {
        list.children.forEach((item, position) => {
          if (hasText(item)) return;
          report({
            file,
            ...nodeStart(item, heading),
            message: `step ${(list.start ?? 1) + position} of \`## ${section.title}\` is empty; write the action or remove the number`,
          });
        });
      }
    }
  },
});

/** Numbered lists anywhere in the section, so that steps inside a component or under `###` sub-headings count. */
function orderedLists(content: RootContent[]): List[] {
  const lists: List[] = [];
  // A plain walk in document order, nested lists included: `unist-util-visit` copied the ancestors at every node.
  const walk = (node: Nodes) => {
    if (node.type === 'list' && node.ordered) lists.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const node of content) walk(node);
  return lists;
}
