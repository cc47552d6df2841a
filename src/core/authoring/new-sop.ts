// `sop new`: a draft SOP from a template, with the frontmatter filled from the playbook's own policy and team.
import type { Playbook } from '../model.ts';
import { unknownChoice, unknownOwner } from '../unknown-choice.ts';
import { idFromName } from './id-from-name.ts';
import { categoryForHints, channelsFor, tagsFor, teamForTier } from './playbook-choices.ts';
import { sopKinds, templateFor, type SopTemplate } from './templates/index.ts';
import { renderSopBody } from './render-body.ts';
import { flowIds, flowRecord, yamlString } from './yaml-text.ts';

export interface NewSopRequest {
  kind: string;
  title: string;
  owner: string;
  category?: string | undefined;
  /** Today as `YYYY-MM-DD`, in the playbook's time zone. */
  today: string;
}

interface NewSop {
  id: string;
  kind: string;
  category: string;
  text: string;
}

export type NewSopResult = { ok: true; sop: NewSop } | { ok: false; problem: string };

const newSopVersion = '0.1.0';

function fail(problem: string): NewSopResult {
  return { ok: false, problem };
}

export function newSop(request: NewSopRequest, playbook: Playbook): NewSopResult {
  const template = templateFor(request.kind);
  if (!template) return fail(unknownChoice('kind', request.kind, sopKinds));
  const title = request.title.trim();
  if (title === '') return fail('the title is empty; pass --title "…" with the SOP title');
  if (/[\r\n]/.test(title)) return fail('the title must fit on one line');

  const team = playbook.team.data;
  const ownerIds = [...team.people.map((person) => person.id), ...team.teams.map((entry) => entry.id)];
  if (!ownerIds.includes(request.owner)) return fail(unknownOwner(request.owner, ownerIds));

  const categories = playbook.config.data.categories;
  if (categories.length === 0) return fail('playbook.yaml lists no categories; add one under `categories` first');
  const category =
    request.category === undefined
      ? (categoryForHints(template.categoryHints, categories) ?? categories[0]!)
      : categories.find((entry) => entry.id === request.category);
  if (!category)
    return fail(
      unknownChoice(
        'category',
        request.category!,
        categories.map((entry) => entry.id),
      ),
    );

  const id = idFromName(title);
  const clash = playbook.sops.find((sop) => sop.id === id);
  if (clash) return fail(`an SOP with id \`${id}\` already exists at \`${clash.file.path}\`; choose another title or edit that SOP`);

  const frontmatter = renderFrontmatter(template, {
    title,
    owner: request.owner,
    today: request.today,
    category: category.id,
    tags: tagsFor(template.tags, category),
    channels: channelsFor(template.channels, playbook.config.data.channels),
    escalation: escalationLines(template, playbook, request.owner),
  });
  return {
    ok: true,
    sop: {
      id,
      kind: template.kind,
      category: category.id,
      text: `---\n${frontmatter}---\n\n${renderSopBody(template, playbook.config.data.channels)}`,
    },
  };
}

interface FrontmatterValues {
  title: string;
  owner: string;
  today: string;
  category: string;
  tags: string[];
  channels: string[];
  escalation: string[];
}

function renderFrontmatter(template: SopTemplate, values: FrontmatterValues): string {
  const lines = [
    `title: ${yamlString(values.title)}`,
    `summary: ${yamlString(template.summary)}`,
    `owner: ${values.owner}`,
    `version: ${newSopVersion}`,
    '# draft until reviewed; then `shadow` (trial run beside the old way) or `active`',
    'status: draft',
    `reviewed: ${values.today}`,
    `category: ${values.category}`,
    ...(values.tags.length > 0 ? [`tags: ${flowIds(values.tags)}`] : []),
    ...(values.channels.length > 0 ? [`channels: ${flowIds(values.channels)}`] : []),
    'scope:',
    `  appliesTo: ${yamlString(template.appliesTo)}`,
    `  excludes: ${yamlString(template.excludes)}`,
    ...(template.sla.length > 0
      ? ['# usual targets for this kind of case; set your own', 'sla:', ...template.sla.map((sla) => `  - ${flowRecord({ ...sla })}`)]
      : []),
    ...values.escalation,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The template's path laid over the playbook's tiers, lowest first, one tier per step so the path
 * never loops; each tier goes to the team named after it in team.yaml, else to the SOP owner.
 * Paths shorten when the playbook has fewer tiers, and the last step has no `when`.
 */
function escalationLines(template: SopTemplate, playbook: Playbook, sopOwner: string): string[] {
  const tiers = playbook.config.data.tiers.slice(0, template.escalation.length);
  if (tiers.length === 0) return [];
  const lines = ['# who takes the case at each tier, and what sends it on; check each owner', 'escalation:'];
  tiers.forEach((tier, position) => {
    const step = template.escalation[position]!;
    const owner = teamForTier(tier, playbook.team.data.teams)?.id ?? sopOwner;
    lines.push(`  - tier: ${tier.id}`, `    owner: ${owner}`, `    handles: ${yamlString(step.handles)}`);
    if (position < tiers.length - 1) lines.push(`    when: ${yamlString(step.when)}`);
    lines.push(`    within: ${step.within}`);
  });
  return lines;
}
