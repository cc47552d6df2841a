import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { lintPlaybook } from '../../../src/core/lint/engine.ts';
import { buildDraftWorklist, describeNeeds } from '../../../src/core/reports/drafts-worklist.ts';
import { formatDraftWorklistJson, formatDraftWorklistMarkdown } from '../../../src/core/reports/drafts-worklist-format.ts';
import { loadTestPlaybook, playbookFiles, sopText } from '../../helpers/playbook.ts';

const today = parsePlainDate('2026-11-23')!;

const draft = (title: string, owner: string, body: string) =>
  sopText({
    frontmatter: `title: ${title}\nsummary: Imported\nowner: ${owner}\nversion: 0.1.0\nstatus: draft\nreviewed: 2026-11-23\n` +
      `category: billing\nscope:\n  appliesTo: Imported`,
    body,
  });

const complete = '## Steps\n\n1. Do it.\n\n## Edge cases\n\n- None.\n';

function worklist(owner?: string) {
  const playbook = loadTestPlaybook(
    playbookFiles({
      'content/sops/refunds.mdx': draft('Refunds', 'billing-ops', 'See [x](/sops/nowhere/).\n'),
      'content/sops/credits.mdx': draft('Credits', 'billing-ops', complete),
      'content/sops/login.mdx': draft('Login help', 'maya-chen', '## Steps\n\n1. Reset.\n'),
      'content/sops/active.mdx': sopText(),
    }),
  );
  return buildDraftWorklist(playbook, lintPlaybook(playbook, { today }).diagnostics, { owner });
}

describe('the drafts worklist', () => {
  it('lists every draft by owner with what it still needs, and counts them', () => {
    const list = worklist();
    const summary = (group: (typeof list.owners)[number]) => [
      group.owner,
      group.ownerName,
      group.drafts.map((entry) => [entry.id, entry.needs, entry.brokenLinks]),
    ];
    expect(list.owners.map(summary)).toEqual([
      ['billing-ops', 'Billing operations', [['credits', [], 0], ['refunds', ['steps', 'edge-cases'], 1]]],
      ['maya-chen', 'Maya Chen', [['login', ['edge-cases'], 0]]],
    ]);
    expect(list.counts).toEqual({ drafts: 3, needSteps: 1, needEdgeCases: 2, withBrokenLinks: 1, ready: 1 });
    expect(describeNeeds(list.owners[0]!.drafts[1]!)).toBe('needs Steps and Edge cases; 1 broken link');
    expect(describeNeeds(list.owners[0]!.drafts[0]!)).toBe('ready to publish');
  });

  it('keeps one owner’s drafts with --owner', () => {
    expect(worklist('maya-chen').owners.map((group) => group.owner)).toEqual(['maya-chen']);
    expect(worklist('maya-chen').counts.drafts).toBe(1);
  });

  it('prints Markdown with each finding at its line and column', () => {
    const text = formatDraftWorklistMarkdown(worklist('maya-chen'));
    expect(text).toBe(
      '# Drafts to finish\n\n1 draft: 0 need Steps, 1 need Edge cases, 0 with broken links, 0 ready.\n\n## Maya Chen (`maya-chen`): 1\n\n' +
        '- **Login help** (`content/sops/login.mdx`): needs Edge cases\n' +
        "  - 13:1 warning `missing-edge-cases`: SOP `login` has no `## Edge cases` section; add one (or `## Exceptions`) " +
          "listing each situation and what to do\n",
    );
  });

  it('prints stable JSON for scripts', () => {
    const json = JSON.parse(formatDraftWorklistJson(worklist()));
    expect(Object.keys(json)).toEqual(['counts', 'owners']);
    expect(Object.keys(json.owners[0])).toEqual(['owner', 'ownerName', 'count', 'drafts']);
    expect(json.owners[0].drafts[1]).toMatchObject({ id: 'refunds', file: 'content/sops/refunds.' +
      'mdx', needs: ['steps', 'edge-cases'], brokenLinks: 1 });
    expect(Object.keys(json.owners[0].drafts[1].findings[0])).toEqual(['ruleId', 'severity', 'line', 'column', 'message']);
  });
});
