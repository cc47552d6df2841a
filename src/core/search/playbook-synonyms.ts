// The synonym groups in force for a playbook: the shipped support thesaurus merged with playbook.yaml's `search`.
import { supportThesaurus } from './support-thesaurus.ts';
import { mergeThesaurus } from './synonyms.ts';
import type { Playbook } from '../model.ts';

export function searchSynonyms(playbook: Playbook): string[][] {
  const { search } = playbook.config.data;
  return mergeThesaurus(supportThesaurus, search.synonyms, { useDefaults: search.defaultSynonyms });
}
