// /llms.txt read the way llmstxt.org specifies it: an H1, a blockquote, notes without headings, H2 file lists.
import { describe, expect, it } from 'vitest';
import { aiPublication } from '../../../src/core/ai/outputs.ts';
import { sitePathLinks } from '../../../src/core/ai/links.ts';
import { buildCatalog } from '../../../src/core/catalog.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { loadTestPlaybook, playbookFiles, sopText } from '../../helpers/playbook.ts';
import { parseLlmsTxt } from './llms-format.ts';
import { sampleOutputs } from './sample.ts';

describe('/llms.txt', () => {
  it('follows llmstxt.org: H1, blockquote, notes, then H2 file lists, macros under Optional last', async () => {
    const { all } = await sampleOutputs();
    const llms = parseLlmsTxt(all.get('/llms.txt')!);
    expect(llms.title).toBe('Northwind Cloud Support Playbook');
    expect(llms.summary).toMatch(/^The customer-support procedures/);
    expect(llms.notes).toHaveLength(1);
    expect(llms.sections.map((section) => section.name)).toEqual([
      'Intake and triage',
      'Billing and payments',
      'Escalations',
      'Incidents and outages',
      'VIP and strategic accounts',
      'Knowledge base and macros',
      'Quality and customer experience',
      'Optional',
    ]);
    expect(llms.sections[1]!.links).toEqual([
      {
        name: 'Cancellations and save offers',
        url: '/sops/cancellation-and-save-offers.md',
        notes: 'How to process a cancellation cleanly, and when to make one honest save offer first. (AI use: assist)',
      },
      {
        name: 'Refunds and service credits',
        url: '/sops/refunds-and-credits.md',
        notes: expect.stringMatching(/^When we refund, .* \(AI use: assist\)$/),
      },
    ]);
  });

  it('links only to Markdown twins that are published beside it', async () => {
    const { all } = await sampleOutputs();
    const links = parseLlmsTxt(all.get('/llms.txt')!).sections.flatMap((section) => section.links);
    // 10 SOPs, and the 23 of 28 macros that are active and not used only by withheld SOPs.
    expect(links.length).toBe(10 + 23);
    for (const link of links) {
      expect(link.url, link.name).toMatch(/^\/(sops|macros)\/[a-z0-9-]+\.md$/);
      expect(all.has(link.url), link.url).toBe(true);
    }
  });

  it('llms-full.txt opens the same way and holds every twin, one heading level down', async () => {
    const { all, publication } = await sampleOutputs();
    const full = all.get('/llms-full.txt')!;
    expect(full.split('\n\n').slice(0, 2)).toEqual(all.get('/llms.txt')!.split('\n\n').slice(0, 2));
    const ready = publication.sops.filter((sop) => sop.excluded === undefined);
    expect(ready).toHaveLength(10);
    expect(full.match(/^## .+$/gm)).toEqual(ready.map((sop) => `## ${sop.title}`));
    expect(full).not.toMatch(/^# .*\n[\s\S]*^# /m);
  });
});

describe('/llms.txt with hostile titles', () => {
  it('keeps each SOP to one well-formed link line, its brackets escaped', () => {
    const frontmatter = sopText()
      .split('---')[1]!
      .replace('title: Refunds', 'title: "Refunds](javascript:alert(1)) [x \\\\ ## y"')
      .replace('summary: How to grant refunds and credits', 'summary: "> quoted ## not a heading"');
    const playbook = loadTestPlaybook(
      playbookFiles({ 'content/sops/refunds.mdx': `---${frontmatter}---\n\n${sopText().split('---\n\n')[1]}` }),
    );
    const { files } = aiPublication(buildCatalog(playbook, parsePlainDate('2026-11-23')!), {
      config: playbook.config.data,
      links: sitePathLinks('/'),
    });
    const llms = parseLlmsTxt(files.get('/llms.txt')!);
    expect(llms.sections.map((section) => section.name)).toEqual(['Billing']);
    expect(llms.sections[0]!.links).toEqual([
      {
        name: 'Refunds\\](javascript:alert(1)) \\[x \\\\ ## y',
        url: '/sops/refunds.md',
        notes: '> quoted ## not a heading (AI use: assist)',
      },
    ]);
  });
});
