// Choices a new SOP makes from the playbook's own policy: its category, tags, channels and who takes each tier.
import type { Category, Team, Tier } from '../../../schemas/index.ts';

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The first hint that names a category: as its id, then as a part of a kebab-case id
 * (`vip` finds `accounts-vip`), then as a word of its name; undefined when none does.
 */
export function categoryForHints(hints: readonly string[], categories: readonly Category[]): Category | undefined {
  for (const hint of hints) {
    const exact = categories.find((category) => category.id === hint);
    if (exact) return exact;
    const part = categories.find((category) => category.id.split('-').includes(hint));
    if (part) return part;
    const named = categories.find((category) => words(category.name).includes(hint));
    if (named) return named;
  }
  return undefined;
}

/** Tags the category allows; none when it lists no tags, so that a new SOP never invents taxonomy. */
export function tagsFor(wanted: readonly string[], category: Category): string[] {
  const allowed = new Set(category.tags ?? []);
  return wanted.filter((tag) => allowed.has(tag));
}

export function channelsFor(wanted: readonly string[], channels: readonly string[]): string[] {
  const allowed = new Set(channels);
  return wanted.filter((channel) => allowed.has(channel));
}

function containsPhrase(haystack: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= haystack.length; start++) {
    if (phrase.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

/**
 * The team that takes a tier, when team.yaml makes it plain: a team whose name contains the tier's
 * name or a part of it (`Tier 2`, `Support engineering`), or whose id contains the tier id (`support-l2`).
 */
export function teamForTier(tier: Tier, teams: readonly Team[]): Team | undefined {
  const phrases = tier.name
    .split(/[/,;()|]+/)
    .map(words)
    .filter((phrase) => phrase.join(' ').length >= 3);
  return (
    teams.find((team) => phrases.some((phrase) => containsPhrase(words(team.name), phrase))) ??
    teams.find((team) => team.id.split('-').includes(tier.id))
  );
}
