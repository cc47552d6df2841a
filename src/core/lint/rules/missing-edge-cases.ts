// missing-edge-cases: an SOP needs an edge-cases section (or `Exceptions`) with at least one situation in it.
import type { RootContent } from 'mdast';
import { hasText } from '../../markdown/has-text.ts';
import { findSection } from '../../markdown/sections.ts';
import { bodyStart, nodeStart } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const missingEdgeCases = defineRule({
  meta: {
    id: 'missing-edge-cases',
    defaultSeverity: 'error',
    description: 'An SOP needs a `## Edge cases` (or `## Exceptions`) section with at least one item',
  },
  check({ playbook, report }) {
    for (const sop of playbook.sops) {
      const section = findSection(sop.tree, 'edgeCases');
      if (!section) {
        report({
          file: sop.file.path,
          ...bodyStart(sop),
          message:
            `SOP \`${sop.id}\` has no \`## Edge cases\` section; add one (or \`## Exceptions\`) ` + `listing each situation and what to do`,
        });
        continue;
      }
      if (section.content.some(holdsAnItem)) continue;
      report({
        file: sop.file.path,
        ...nodeStart(section.heading, bodyStart(sop)),
        message: `\`## ${section.title}\` is empty; list at least one situation and what to do`,
      });
    }
  },
});

/** Nodes that hold no situation even when they hold text: sub-headings, HTML and MDX comments, code, imports. */
const notAnItem = new Set(['heading', 'html', 'yaml', 'code', 'mdxFlowExpression', 'mdxjsEsm']);

/** A list, paragraph, table or component with text counts; blank items do not. */
function holdsAnItem(node: RootContent): boolean {
  return !notAnItem.has(node.type) && hasText(node);
}
