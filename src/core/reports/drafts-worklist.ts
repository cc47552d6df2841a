// The migration worklist: every draft SOP with its owner and what it still needs before it can be
// published, grouped by owner. `sop report drafts` and the preview's `/drafts/` page both read it.
import type { Diagnostic } from '../diagnostic.ts';
import { draftFiles } from '../lint/draft-severity.ts';
import type { Playbook, SopDocument } from '../model.ts';

type DraftNeed = 'steps' | 'edge-cases' | 'valid-frontmatter';

interface DraftFinding {
  ruleId: string;
  severity: Diagnostic['severity'];
  line: number;
  column: number;
  message: string;
}

export interface DraftEntry {
  id: string;
  title: string;
  file: string;
  /** Sections (or a usable frontmatter) it lacks, in a fixed order. */
  needs: DraftNeed[];
  brokenLinks: number;
  /** Every finding on the file, the ones behind `needs` and `brokenLinks` included, by line. */
  findings: DraftFinding[];
}

interface DraftOwnerGroup {
  owner: string;
  /** The person's or team's name from team.yaml; the id when it is not there. */
  ownerName: string;
  drafts: DraftEntry[];
}

export interface DraftCounts {
  drafts: number;
  needSteps: number;
  needEdgeCases: number;
  withBrokenLinks: number;
  /** Drafts with nothing left to fix: ready to become `active`. */
  ready: number;
}

export interface DraftWorklist {
  owners: DraftOwnerGroup[];
  counts: DraftCounts;
}

const needByRule: Record<string, DraftNeed> = {
  'missing-steps': 'steps',
  'missing-edge-cases': 'edge-cases',
  'frontmatter-schema': 'valid-frontmatter',
};
const needOrder: DraftNeed[] = ['valid-frontmatter', 'steps', 'edge-cases'];

function rawField(document: SopDocument, key: string): string | undefined {
  const raw = document.frontmatter.raw;
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function ownerNames(playbook: Playbook): Map<string, string> {
  const { people, teams } = playbook.team.data;
  return new Map([...people, ...teams].map((entry) => [entry.id, entry.name]));
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface WorklistOptions {
  owner?: string | undefined;
}

/** Drafts by owner (owners by name), each owner's drafts by title; `owner` keeps one owner's list. */
export function buildDraftWorklist(playbook: Playbook, diagnostics: readonly Diagnostic[], options: WorklistOptions = {}): DraftWorklist {
  const drafts = draftFiles(playbook);
  const findingsByFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (!drafts.has(diagnostic.file)) continue;
    findingsByFile.set(diagnostic.file, [...(findingsByFile.get(diagnostic.file) ?? []), diagnostic]);
  }
  const names = ownerNames(playbook);
  const groups = new Map<string, DraftOwnerGroup>();
  const seen = new Set<string>();
  for (const document of playbook.sops) {
    if (!drafts.has(document.file.path) || seen.has(document.file.path)) continue;
    seen.add(document.file.path);
    const owner = document.data?.owner ?? rawField(document, 'owner') ?? '(no owner)';
    if (options.owner !== undefined && owner !== options.owner) continue;
    const fileFindings = findingsByFile.get(document.file.path) ?? [];
    const findings = fileFindings.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }));
    const needs = new Set(findings.map((finding) => needByRule[finding.ruleId]).filter((need) => need !== undefined));
    const entry: DraftEntry = {
      id: document.id,
      title: document.data?.title ?? rawField(document, 'title') ?? document.id,
      file: document.file.path,
      needs: needOrder.filter((need) => needs.has(need)),
      brokenLinks: findings.filter((finding) => finding.ruleId === 'broken-link').length,
      findings,
    };
    let group = groups.get(owner);
    if (!group) groups.set(owner, (group = { owner, ownerName: names.get(owner) ?? owner, drafts: [] }));
    group.drafts.push(entry);
  }
  const owners = [...groups.values()].sort((a, b) => a.ownerName.localeCompare(b.ownerName, 'en') || byText(a.owner, b.owner));
  for (const group of owners) group.drafts.sort((a, b) => a.title.localeCompare(b.title, 'en') || byText(a.id, b.id));
  const all = owners.flatMap((group) => group.drafts);
  return {
    owners,
    counts: {
      drafts: all.length,
      needSteps: all.filter((entry) => entry.needs.includes('steps')).length,
      needEdgeCases: all.filter((entry) => entry.needs.includes('edge-cases')).length,
      withBrokenLinks: all.filter((entry) => entry.brokenLinks > 0).length,
      ready: all.filter((entry) => entry.findings.length === 0).length,
    },
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const needLabels: Record<DraftNeed, string> = { 'valid-frontmatter': 'a valid frontmatter', steps: 'Steps', 'edge-cases': 'Edge cases' };

/** What one draft still needs, in a few words: `needs Steps and Edge cases; 2 broken links; 1 other finding`. */
export function describeNeeds(entry: DraftEntry): string {
  const parts: string[] = [];
  const needs = entry.needs.map((need) => needLabels[need]);
  if (needs.length > 0) {
    const listed = needs.length === 1 ? needs[0] : `${needs.slice(0, -1).join(', ')} and ${needs[needs.length - 1]}`;
    parts.push(`needs ${listed}`);
  }
  if (entry.brokenLinks > 0) parts.push(plural(entry.brokenLinks, 'broken link'));
  const others = entry.findings.filter((finding) => !needByRule[finding.ruleId] && finding.ruleId !== 'broken-link').length;
  if (others > 0) parts.push(plural(others, 'other finding'));
  return parts.length === 0 ? 'ready to publish' : parts.join('; ');
}

/** One line of counts: `12 drafts: 8 need Steps, 10 need Edge cases, 3 with broken links, 1 ready`. */
export function describeCounts(counts: DraftCounts): string {
  if (counts.drafts === 0) return 'no drafts';
  return `${plural(counts.drafts, 'draft')}: ${counts.needSteps} need Steps, ${counts.needEdgeCases} need Edge cases, ` +
    `${counts.withBrokenLinks} with broken links, ${counts.ready} ready`;
}
