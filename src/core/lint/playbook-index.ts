// Lookups that several rules need, computed once per lint run from the model.
import type { MacroDocument, Playbook, SopDocument } from '../model.ts';
import { anchorsOf } from './document-facts.ts';
import { macrosUsedBy } from '../components/references.ts';

export interface PlaybookIndex {
  /** Ids of people and teams: the valid owners and contacts. */
  ownerIds: ReadonlySet<string>;
  sopsById: ReadonlyMap<string, SopDocument[]>;
  macrosById: ReadonlyMap<string, MacroDocument[]>;
  categoryIds: ReadonlySet<string>;
  /** Tags each category allows; a category without a `tags` list allows any. */
  tagsByCategory: ReadonlyMap<string, ReadonlySet<string> | undefined>;
  tierOrder: ReadonlyMap<string, number>;
  channelIds: ReadonlySet<string>;
  /** Heading slugs of a document, by file path. */
  anchorsOf(path: string): ReadonlySet<string>;
  /** Macro id to the SOPs that list it in `macros` or show it with `<Macro id>`. */
  macroUsers: ReadonlyMap<string, string[]>;
}

function groupById<T extends { id: string }>(documents: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const document of documents) {
    const group = groups.get(document.id);
    if (group) group.push(document);
    else groups.set(document.id, [document]);
  }
  return groups;
}

export function buildPlaybookIndex(playbook: Playbook): PlaybookIndex {
  const { config, team } = playbook;
  const anchorCache = new Map<string, Set<string>>();
  const documentsByPath = new Map([...playbook.sops, ...playbook.macros].map((document) => [document.file.path, document]));
  const macroUsers = new Map<string, string[]>();
  for (const sop of playbook.sops) {
    for (const macroId of macrosUsedBy(sop.data?.macros ?? [], sop)) {
      const users = macroUsers.get(macroId);
      if (users) users.push(sop.id);
      else macroUsers.set(macroId, [sop.id]);
    }
  }
  return {
    ownerIds: new Set([...team.data.people.map((person) => person.id), ...team.data.teams.map((entry) => entry.id)]),
    sopsById: groupById(playbook.sops),
    macrosById: groupById(playbook.macros),
    categoryIds: new Set(config.data.categories.map((category) => category.id)),
    tagsByCategory: new Map(config.data.categories.map((category) => [category.id, category.tags ? new Set(category.tags) : undefined])),
    tierOrder: new Map(config.data.tiers.map((tier, position) => [tier.id, position])),
    channelIds: new Set(config.data.channels),
    anchorsOf(path) {
      let anchors = anchorCache.get(path);
      if (!anchors) {
        const document = documentsByPath.get(path);
        anchors = new Set(document ? anchorsOf(document) : []);
        anchorCache.set(path, anchors);
      }
      return anchors;
    },
    macroUsers,
  };
}
