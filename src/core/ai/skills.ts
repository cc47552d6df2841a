// Agent Skills folders (agentskills.io): `<name>/SKILL.md`, YAML frontmatter `name` (1–64 characters, lowercase
// letters, digits and single hyphens, the folder's name) and `description` (1–1,024 characters), then the twin.
import { stringify } from 'yaml';
import type { AiSop } from './sop-view.ts';
import { sopTwin } from './twin.ts';

const skillNameLimit = 64;
const skillDescriptionLimit = 1024;
const skillNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface AgentSkill {
  /** The folder's name and the frontmatter `name`. */
  name: string;
  sopId: string;
  /** `<name>/SKILL.md`. */
  path: string;
  text: string;
}

/** The SOP id as a skill name: ids are already lowercase kebab-case; a long one is cut at a hyphen. */
export function skillName(id: string): string {
  if (id.length <= skillNameLimit) return id;
  const cut = id.slice(0, skillNameLimit + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : id.slice(0, skillNameLimit)).replace(/-+$/, '');
}

export function isValidSkillName(name: string): boolean {
  return name.length >= 1 && name.length <= skillNameLimit && skillNamePattern.test(name);
}

/** Cuts at a word boundary and marks the cut, so the description stays within the limit. */
function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function skillDescription(sop: AiSop): string {
  const trigger = sop.policy.whenToUse ?? sop.summary;
  const mode =
    sop.policy.use === 'resolve'
      ? 'You may carry it out with the customer.'
      : 'Draft replies for a rep to check and send; never send them yourself.';
  return clip(`${sop.title}: ${trigger.replace(/\s+/g, ' ').trim()} ${mode}`, skillDescriptionLimit);
}

/** Skills for the SOPs AI agents may carry; names that would collide after cutting get the next free suffix. */
export function agentSkills(sops: readonly AiSop[]): AgentSkill[] {
  const taken = new Set<string>();
  return sops
    .filter((sop) => sop.excluded === undefined)
    .map((sop) => {
      let name = skillName(sop.id);
      for (let suffix = 2; taken.has(name); suffix += 1)
        name = `${skillName(sop.id)
          .slice(0, skillNameLimit - String(suffix).length - 1)
          .replace(/-+$/, '')}-${suffix}`;
      taken.add(name);
      const frontmatter = stringify(
        {
          name,
          description: skillDescription(sop),
          metadata: {
            'sop-id': sop.id,
            version: sop.version,
            'ai-use': sop.policy.use,
            reviewed: sop.review.reviewed,
            'next-review': sop.review.nextReview,
            source: sop.urls.page,
          },
        },
        // Quoted, so that no YAML reader takes a date or a version for anything but text.
        { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
      );
      return { name, sopId: sop.id, path: `${name}/SKILL.md`, text: `---\n${frontmatter}---\n\n${sopTwin(sop)}` };
    });
}
