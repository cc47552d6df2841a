// search-synonym-unused (extension): a synonym group in playbook.yaml whose words no SOP uses can never
// lead a search to an SOP; it is usually misspelt, or written for content that is gone.
import { lightStem, normaliseTerm } from '../../search/synonyms.ts';
import { queryWords } from '../../search/words.ts';
import type { SopDocument } from '../../model.ts';
import { valuePosition } from '../locate.ts';
import { defineRule } from '../rule.ts';

/** The stems of every word an SOP holds: title, summary, aliases and body, as search sees them. */
function sopStems(sop: SopDocument): Set<string> {
  const { data } = sop;
  const text = [data?.title, data?.summary, ...(data?.aliases ?? []), sop.body].filter(Boolean).join(' ');
  return new Set(queryWords(text).map(lightStem));
}

export const searchSynonymUnused = defineRule({
  meta: {
    id: 'search-synonym-unused',
    defaultSeverity: 'warning',
    description: 'Warns about a synonym group in playbook.yaml `search.synonyms` whose words appear in no SOP',
  },
  check({ playbook, report }) {
    const groups = playbook.config.data.search.synonyms;
    if (groups.length === 0) return;
    const stems = playbook.sops.map(sopStems);
    const file = playbook.config.file?.path ?? 'content/playbook.yaml';
    groups.forEach((group, index) => {
      const used = group.some((term) => {
        const words = normaliseTerm(term).split(' ').filter(Boolean).map(lightStem);
        return words.length > 0 && stems.some((sop) => words.every((word) => sop.has(word)));
      });
      if (used) return;
      report({
        file,
        ...valuePosition(playbook.config.yaml, `search.synonyms.${index}`),
        message:
          `synonym group \`${group.join(', ')}\` matches no word in any SOP, so it never leads a search to one; add a ` +
          `term the SOPs use, or remove the group`,
      });
    });
  },
});
