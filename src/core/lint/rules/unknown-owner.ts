// unknown-owner: every owner, co-owner, escalation owner and approver is a person or team in team.yaml, and team leads and members are
// people.
import type { ContentDocument, Playbook } from '../../model.ts';
import { idsAt } from '../frontmatter-fields.ts';
import { valuePosition } from '../locate.ts';
import { defineRule, type Finding } from '../rule.ts';
import { withSuggestion } from '../suggest.ts';

/** Frontmatter fields that name an owner, and what to call each in a message. */
const sopOwnerFields = [
  { pattern: 'owner', role: 'owner' },
  { pattern: 'coOwners.*', role: 'co-owner' },
  { pattern: 'escalation.*.owner', role: 'escalation owner' },
  { pattern: 'approvals.*.by', role: 'approver' },
] as const;
const macroOwnerFields = [{ pattern: 'owner', role: 'owner' }] as const;

export const unknownOwner = defineRule({
  meta: {
    id: 'unknown-owner',
    defaultSeverity: 'error',
    description: 'Owners, co-owners, escalation owners and approvers must be people or teams in team.yaml',
  },
  check({ playbook, index, report }) {
    const checkDocument = (document: ContentDocument<unknown>, fields: ReadonlyArray<{ pattern: string; role: string }>) => {
      for (const { pattern, role } of fields) {
        for (const { field, id } of idsAt(document.frontmatter, pattern)) {
          if (index.ownerIds.has(id)) continue;
          report({
            file: document.file.path,
            ...valuePosition(document.frontmatter, field),
            message: withSuggestion(`unknown ${role} \`${id}\``, id, index.ownerIds, 'add them to team.yaml or fix the id'),
          });
        }
      }
    };
    for (const sop of playbook.sops) checkDocument(sop, sopOwnerFields);
    for (const macro of playbook.macros) checkDocument(macro, macroOwnerFields);
    teamFindings(playbook.team).forEach(report);
  },
});

/** A team's lead and members must be people: a team cannot lead a team, and an unknown id reaches no one. */
function teamFindings(team: Playbook['team']): Finding[] {
  const file = team.file?.path ?? 'content/team.yaml';
  const people = new Set(idsAt(team.yaml, 'people.*.id').map(({ id }) => id));
  const teams = new Set(idsAt(team.yaml, 'teams.*.id').map(({ id }) => id));
  const findings: Finding[] = [];
  idsAt(team.yaml, 'teams.*.id').forEach(({ field: teamField, id: teamId }) => {
    const prefix = teamField.replace(/\.id$/, '');
    const references = [
      ...idsAt(team.yaml, `${prefix}.lead`).map((entry) => ({ ...entry, role: 'as its lead' })),
      ...idsAt(team.yaml, `${prefix}.members.*`).map((entry) => ({ ...entry, role: 'as a member' })),
    ];
    for (const { field, id, role } of references) {
      if (people.has(id)) continue;
      const claim = `team \`${teamId}\` names \`${id}\` ${role}`;
      findings.push({
        file,
        ...valuePosition(team.yaml, field),
        message: teams.has(id)
          ? `${claim}, but \`${id}\` is a team; name a person instead`
          : withSuggestion(`${claim}, who is not a person in team.yaml`, id, people, 'add them to `people` or fix the id'),
      });
    }
  });
  return findings;
}
