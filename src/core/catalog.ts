// The published view of a playbook: what reps see, derived once from the model (who owns what, review
// states, which SOPs use which macros). Pages and reports read this; they hold no business rules.
import type { Category, MacroFrontmatter, Person, SopFrontmatter, Team, Tier } from '../../schemas/index.ts';
import type { PlainDate } from './dates.ts';
import type { MacroDocument, Playbook, SopDocument } from './model.ts';
import { isUnderReview, reviewStateOf, type ReviewState } from './review.ts';
import { macrosUsedBy } from './components/references.ts';

export interface Owner {
  id: string;
  name: string;
  kind: 'person' | 'team';
  role: string | undefined;
  contact: string | undefined;
  email: string | undefined;
  /** For a team, its members' ids; for a person, the teams they belong to. */
  related: string[];
}

export interface CatalogSop {
  id: string;
  document: SopDocument;
  data: SopFrontmatter;
  review: ReviewState;
  category: Category | undefined;
  owner: Owner | undefined;
}

export interface CatalogMacro {
  id: string;
  document: MacroDocument;
  data: MacroFrontmatter;
  review: ReviewState;
  category: Category | undefined;
  owner: Owner | undefined;
  /** Published SOPs that list this macro in `macros` or show it with `<Macro id>`. */
  usedBy: string[];
}

export interface Catalog {
  title: string;
  today: PlainDate;
  categories: Category[];
  tiers: Tier[];
  channels: string[];
  owners: Map<string, Owner>;
  /** Published SOPs (drafts, unless in a preview, and invalid files left out), drafts then retired ones last, then by title. */
  sops: CatalogSop[];
  sopsById: Map<string, CatalogSop>;
  macros: CatalogMacro[];
  macrosById: Map<string, CatalogMacro>;
}

const statusRank: Record<string, number> = { active: 0, shadow: 1, draft: 2, retired: 3 };

function ownersOf(people: Person[], teams: Team[]): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  for (const person of people) {
    const memberOf = teams.filter((team) => team.members.includes(person.id) || team.lead === person.id).map((team) => team.id);
    owners.set(person.id, {
      id: person.id,
      name: person.name,
      kind: 'person',
      role: person.role,
      contact: person.contact,
      email: person.email,
      related: memberOf,
    });
  }
  for (const team of teams) {
    const members = [...new Set([...(team.lead ? [team.lead] : []), ...team.members])];
    owners.set(team.id, {
      id: team.id,
      name: team.name,
      kind: 'team',
      role: undefined,
      contact: team.contact,
      email: team.email,
      related: members,
    });
  }
  return owners;
}

export interface CatalogOptions {
  /** A preview (`sop build --drafts`) publishes drafts too; the published playbook never does. */
  drafts?: boolean;
}

export function buildCatalog(playbook: Playbook, today: PlainDate, options: CatalogOptions = {}): Catalog {
  const config = playbook.config.data;
  const owners = ownersOf(playbook.team.data.people, playbook.team.data.teams);
  const categories = new Map(config.categories.map((category) => [category.id, category]));
  const policy = { today, defaultCycle: config.reviewEvery, dueSoonDays: config.dueSoonDays };
  const seen = new Set<string>();

  const sops: CatalogSop[] = [];
  for (const document of playbook.sops) {
    const data = document.data;
    if (!data || (data.status === 'draft' && !options.drafts) || seen.has(`sop:${document.id}`)) continue;
    seen.add(`sop:${document.id}`);
    const review = reviewStateOf({ reviewed: data.reviewed, reviewEvery: data.reviewEvery, exempt: !isUnderReview(data.status) }, policy);
    if (!review) continue;
    sops.push({ id: document.id, document, data, review, category: categories.get(data.category), owner: owners.get(data.owner) });
  }
  sops.sort(
    (a, b) =>
      (statusRank[a.data.status] ?? 9) - (statusRank[b.data.status] ?? 9) ||
      a.data.title.localeCompare(b.data.title, 'en') ||
      compare(a.id, b.id),
  );

  const macros: CatalogMacro[] = [];
  // Macro id -> the SOPs using it, in the SOPs' order: one pass over the SOPs, not one per macro (10,000 x 15,000).
  const usersOf = new Map<string, string[]>();
  for (const sop of sops) {
    for (const macroId of new Set(macrosUsedBy(sop.data.macros ?? [], sop.document))) {
      const users = usersOf.get(macroId);
      if (users) users.push(sop.id);
      else usersOf.set(macroId, [sop.id]);
    }
  }
  for (const document of playbook.macros) {
    const data = document.data;
    if (!data || seen.has(`macro:${document.id}`)) continue;
    seen.add(`macro:${document.id}`);
    const review = reviewStateOf({ reviewed: data.reviewed, reviewEvery: data.reviewEvery, exempt: !isUnderReview(data.status) }, policy);
    if (!review) continue;
    const usedBy = [...(usersOf.get(document.id) ?? [])];
    macros.push({
      id: document.id,
      document,
      data,
      review,
      category: categories.get(data.category),
      owner: owners.get(data.owner),
      usedBy,
    });
  }
  macros.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || compare(a.id, b.id));

  return {
    title: config.title,
    today,
    categories: config.categories,
    tiers: config.tiers,
    channels: config.channels,
    owners,
    sops,
    sopsById: new Map(sops.map((sop) => [sop.id, sop])),
    macros,
    macrosById: new Map(macros.map((macro) => [macro.id, macro])),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
