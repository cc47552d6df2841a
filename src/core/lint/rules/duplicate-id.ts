// duplicate-id: two files claim one SOP or macro id, or team.yaml or playbook.yaml lists one id twice.
import type { YamlBlock } from '../../model.ts';
import { idsAt } from '../frontmatter-fields.ts';
import { startOfFile } from '../../diagnostic.ts';
import { valuePosition } from '../locate.ts';
import { defineRule, type Finding } from '../rule.ts';

export const duplicateId = defineRule({
  meta: {
    id: 'duplicate-id',
    defaultSeverity: 'error',
    description: 'Each SOP, macro, person, team, category, tier and channel id is claimed once',
  },
  check({ playbook, index, report }) {
    for (const [kind, groups] of [
      ['SOP', index.sopsById],
      ['macro', index.macrosById],
    ] as const) {
      for (const [id, documents] of groups) {
        const [first, ...later] = documents;
        for (const document of later) {
          report({
            file: document.file.path,
            ...startOfFile,
            message: `${kind} id \`${id}\` is also claimed by \`${first!.file.path}\`; rename or delete one of the two files`,
          });
        }
      }
    }
    const team = playbook.team;
    // People and teams share one id space: an owner id must say unambiguously who is meant.
    duplicatesIn(team.yaml, ['people.*.id', 'teams.*.id'], team.file?.path ?? 'content/team.yaml', 'people and teams').forEach(report);
    const config = playbook.config;
    const configFile = config.file?.path ?? 'content/playbook.yaml';
    duplicatesIn(config.yaml, ['categories.*.id'], configFile, 'categories').forEach(report);
    duplicatesIn(config.yaml, ['tiers.*.id'], configFile, 'tiers').forEach(report);
    duplicatesIn(config.yaml, ['channels.*'], configFile, 'channels').forEach(report);
  },
});

/** Every id after its first claim among the fields matching `patterns`, reported at the later claim. */
function duplicatesIn(block: YamlBlock, patterns: string[], file: string, space: string): Finding[] {
  const firstClaims = new Map<string, number>();
  const findings: Finding[] = [];
  for (const { field, id } of patterns.flatMap((pattern) => idsAt(block, pattern))) {
    const position = valuePosition(block, field);
    const firstLine = firstClaims.get(id);
    if (firstLine === undefined) {
      firstClaims.set(id, position.line);
      continue;
    }
    findings.push({
      file,
      ...position,
      message: `id \`${id}\` is already used on line ${firstLine}; give each of the ${space} its own id`,
    });
  }
  return findings;
}
