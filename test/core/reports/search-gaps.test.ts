import { describe, expect, it } from 'vitest';
import { buildSearchGaps, formatSearchGapsJson, formatSearchGapsMarkdown } from '../../../src/core/reports/search-gaps.ts';
import { loadTestPlaybook, playbookFiles, sopText } from '../../helpers/playbook.ts';

const frontmatter = (title: string, extra = '') =>
  `title: ${title}\nsummary: One line\nowner: billing-ops\nversion: 1.0.0\nstatus: active\nreviewed: 2026-11-01\n` +
    `category: billing\nscope:\n  appliesTo: Everything${extra}`;

const playbook = loadTestPlaybook(
  playbookFiles({
    'content/sops/refunds.mdx': sopText({ frontmatter: frontmatter('Refunds', '\n' +
      'aliases: [money back, reimbursement]'), body: '## Steps\n\n1. Refund the order.\n2. Log the refund.\n' }),
    'content/sops/voice.mdx': sopText({ frontmatter: frontmatter('Voice and tone'), body: '## Steps\n\n1. Write plainly.\n' +
      '2. Keep the tone warm.\n' }),
    'content/sops/old.mdx': sopText({ frontmatter: frontmatter('Old way').replace('status: active', 'status: retired') }),
  }),
);

describe('the search-gaps report', () => {
  it('lists title words the body seldom uses and how many aliases each SOP has, retired SOPs left out', () => {
    expect(buildSearchGaps(playbook).sops).toEqual([
      { id: 'refunds', title: 'Refunds', owner: 'billing-ops', file: 'content/sops/refunds.' +
        'mdx', rareTitleWords: [], titleRarelyInBody: false, aliases: 2 },
      {
        id: 'voice',
        title: 'Voice and tone',
        owner: 'billing-ops',
        file: 'content/sops/voice.mdx',
        rareTitleWords: [
          { word: 'voice', inBody: 0 },
          { word: 'tone', inBody: 1 },
        ],
        titleRarelyInBody: true,
        aliases: 0,
      },
    ]);
  });

  it('prints Markdown for authors', () => {
    expect(formatSearchGapsMarkdown(buildSearchGaps(playbook))).toBe(
      [
        '# Search gaps',
        '',
        '## Title words rarely in the body (1)',
        '',
        "Reps search with the words of the problem; use the title's words in the steps, or add them as `aliases`.",
        '',
        '- **Voice and tone** (`voice`, billing-ops): `voice` 0×, `tone` 1× — content/sops/voice.mdx',
        '',
        '## No aliases (1)',
        '',
        'Add `aliases:` to the frontmatter: what customers call this ("money back", "locked out"); search weighs them next to the title.',
        '',
        '- **Voice and tone** (`voice`, billing-ops) — content/sops/voice.mdx',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON for scripts', () => {
    expect(JSON.parse(formatSearchGapsJson(buildSearchGaps(playbook))).sops.map((sop: { id: string }) => sop.id)).toEqual(['re' +
      'funds', 'voice']);
  });
});
