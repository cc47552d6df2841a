// unknown-reference, body half: the macro an SOP shows with `<Macro id>` and the channel of each
// `<Tab channel>` must exist; kept apart from the frontmatter half, which reads YAML fields.
import type { SourceRange } from '../diagnostic.ts';
import type { SopDocument } from '../model.ts';
import { inlineMacros, mayHoldComponents, tabChannels } from '../components/references.ts';
import { textField } from './frontmatter-fields.ts';
import { bodyStart } from './locate.ts';
import type { PlaybookIndex } from './playbook-index.ts';
import type { Finding } from './rule.ts';
import { withSuggestion } from './suggest.ts';

export function componentReferenceFindings(sop: SopDocument, index: PlaybookIndex): Array<Omit<Finding, 'file'>> {
  if (sop.format !== 'mdx' || !mayHoldComponents(sop.body) || sop.syntaxError) return [];
  const findings: Array<Omit<Finding, 'file'>> = [];
  const at = (range: SourceRange | undefined) => range ?? bodyStart(sop);
  const retired = textField(sop.frontmatter, 'status') === 'retired';
  for (const { id, range } of inlineMacros(sop.tree)) {
    const macros = index.macrosById.get(id);
    if (!macros) {
      findings.push({
        ...at(range),
        message: withSuggestion(
          `\`<Macro>\` names unknown macro \`${id}\``,
          id,
          index.macrosById.keys(),
          `fix the id or create \`content/macros/${id}.md\``,
        ),
      });
    } else if (!retired && macros.every((macro) => textField(macro.frontmatter, 'status') === 'archived')) {
      findings.push({ ...at(range), message: `\`<Macro>\` shows macro \`${id}\`, which is archived; pick its replacement or restore it` });
    }
  }
  for (const { id, range } of tabChannels(sop.tree)) {
    if (index.channelIds.has(id)) continue;
    findings.push({
      ...at(range),
      message: withSuggestion(
        `\`<Tab>\` names unknown channel \`${id}\``,
        id,
        index.channelIds,
        'use a channel from playbook.yaml or add it to `channels` there',
      ),
    });
  }
  return findings;
}
