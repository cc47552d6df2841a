// unknown-reference: macros, related SOPs, tiers, categories, tags and channels named in frontmatter, and the
// macros and channels an SOP's `<Macro id>` and `<Tab channel>` name, must exist (and be live).
import type { ContentDocument, SopDocument } from '../../model.ts';
import { idsAt, textField } from '../frontmatter-fields.ts';
import { valuePosition } from '../locate.ts';
import type { PlaybookIndex } from '../playbook-index.ts';
import { defineRule } from '../rule.ts';
import { withSuggestion } from '../suggest.ts';
import { componentReferenceFindings } from '../component-references.ts';

export const unknownReference = defineRule({
  meta: {
    id: 'unknown-reference',
    defaultSeverity: 'error',
    description:
      'Macros, related SOPs, escalation tiers, categories, tags and channels named in frontmatter or in `<Macro>` and `<Tab>` must exist',
  },
  check({ playbook, index, report }) {
    const reportAll = (document: ContentDocument<unknown>, findings: FieldFinding[]) => {
      for (const { field, message } of findings) {
        report({ file: document.file.path, ...valuePosition(document.frontmatter, field), message });
      }
    };
    for (const sop of playbook.sops) {
      reportAll(sop, [...taxonomyFindings(sop, index), ...sopFindings(sop, index)]);
      for (const finding of componentReferenceFindings(sop, index)) report({ file: sop.file.path, ...finding });
    }
    for (const macro of playbook.macros) reportAll(macro, taxonomyFindings(macro, index));
  },
});

/** A finding before it is placed: the field it concerns. */
interface FieldFinding {
  field: string;
  message: string;
}

/** Category, its tags, and channels: shared by SOPs and macros. */
function taxonomyFindings(document: ContentDocument<unknown>, index: PlaybookIndex): FieldFinding[] {
  const findings: FieldFinding[] = [];
  const block = document.frontmatter;
  for (const { field, id } of idsAt(block, 'category')) {
    if (!index.categoryIds.has(id)) {
      findings.push({
        field,
        message: withSuggestion(
          `unknown category \`${id}\``,
          id,
          index.categoryIds,
          'use a category from playbook.yaml or add it to `categories` there',
        ),
      });
      continue;
    }
    const allowed = index.tagsByCategory.get(id);
    if (!allowed) continue;
    for (const tag of idsAt(block, 'tags.*')) {
      if (allowed.has(tag.id)) continue;
      findings.push({
        field: tag.field,
        message: withSuggestion(
          `tag \`${tag.id}\` is not one of category \`${id}\`'s tags`,
          tag.id,
          allowed,
          `use one of ${[...allowed].map((name) => `\`${name}\``).join(', ')} or add it to the category in playbook.yaml`,
        ),
      });
    }
  }
  for (const { field, id } of idsAt(block, 'channels.*')) {
    if (index.channelIds.has(id)) continue;
    findings.push({
      field,
      message: withSuggestion(
        `unknown channel \`${id}\``,
        id,
        index.channelIds,
        'use a channel from playbook.yaml or add it to `channels` there',
      ),
    });
  }
  return findings;
}

/** Macros, related SOPs and escalation tiers: what only an SOP names. */
function sopFindings(sop: SopDocument, index: PlaybookIndex): FieldFinding[] {
  const findings: FieldFinding[] = [];
  const block = sop.frontmatter;
  const status = textField(block, 'status');
  for (const { field, id } of idsAt(block, 'macros.*')) {
    const macros = index.macrosById.get(id);
    if (!macros) {
      findings.push({
        field,
        message: withSuggestion(`unknown macro \`${id}\``, id, index.macrosById.keys(), `fix the id or create \`content/macros/${id}.md\``),
      });
    } else if (status !== 'retired' && macros.every((macro) => textField(macro.frontmatter, 'status') === 'archived')) {
      findings.push({ field, message: `macro \`${id}\` is archived; pick its replacement or restore it` });
    }
  }
  for (const { field, id } of idsAt(block, 'related.*')) {
    const related = index.sopsById.get(id);
    if (id === sop.id) {
      findings.push({ field, message: `\`related\` lists SOP \`${id}\` itself; remove it` });
    } else if (!related) {
      findings.push({
        field,
        message: withSuggestion(
          `unknown related SOP \`${id}\``,
          id,
          index.sopsById.keys(),
          `fix the id or create \`content/sops/${id}.mdx\``,
        ),
      });
    } else if (status !== 'draft' && related.every((other) => textField(other.frontmatter, 'status') === 'draft')) {
      // Drafts are not published, so the site would link to a page that is not there.
      findings.push({ field, message: `related SOP \`${id}\` is a draft and is not published; remove it or publish \`${id}\` first` });
    }
  }
  for (const { field, id } of idsAt(block, 'escalation.*.tier')) {
    if (index.tierOrder.has(id)) continue;
    findings.push({
      field,
      message: withSuggestion(
        `unknown escalation tier \`${id}\``,
        id,
        index.tierOrder.keys(),
        'use a tier from playbook.yaml or add it to `tiers` there',
      ),
    });
  }
  return findings;
}
