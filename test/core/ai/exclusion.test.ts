// The safety property: `use: never`, drafts, retired SOPs and archived macros reach no AI output.
import { describe, expect, it } from 'vitest';
import { sampleOutputs, type SampleOutputs } from './sample.ts';

/** Outputs that hold `needle`, by name; the JSON listing is checked on its own, since it may name a withheld SOP. */
function holding(outputs: SampleOutputs, needle: string, options: { listing?: boolean } = {}): string[] {
  return [...outputs.all]
    .filter(([name, text]) => (options.listing || name !== '/api/playbook.json') && text.includes(needle))
    .map(([name]) => name);
}

describe('an SOP switched to `ai: { use: never }`', () => {
  const refunds = 'content/sops/refunds-and-credits.mdx';
  const title = 'Refunds and service credits';
  const sentence = 'Refunding during a dispute pays the customer twice.';
  const summary = 'When we refund, when we credit instead, who can approve which amounts';

  it('is in every AI output while it is `assist`, so the search below can find it', async () => {
    const outputs = await sampleOutputs();
    expect(holding(outputs, title)).toEqual(
      expect.arrayContaining([
        '/llms.txt',
        '/llms-full.txt',
        '/sops/refunds-and-credits.md',
        '/api/sops/refunds-and-credits.json',
        'skills/refunds-and-credits/SKILL.md',
        'procedures/refunds-and-credits.txt',
      ]),
    );
    expect(holding(outputs, sentence)).toEqual(
      expect.arrayContaining(['/llms-full.txt', '/sops/refunds-and-credits.md', 'skills/refunds-and-credits/SKILL.md']),
    );
  });

  it('appears in no llms file, twin, skill or procedure, searched by its title and a sentence of its body', async () => {
    const outputs = await sampleOutputs([{ file: refunds, from: 'ai:\n  use: assist', to: 'ai:\n  use: never' }]);
    expect(outputs.all.size).toBeGreaterThan(20);
    expect(holding(outputs, title)).toEqual([]);
    expect(holding(outputs, sentence)).toEqual([]);
    expect(holding(outputs, summary)).toEqual([]);
    expect([...outputs.all.keys()].filter((name) => name.includes('refunds-and-credits'))).toEqual([]);
  });

  it('is listed by the JSON API with its policy only: no summary, no body, no links to content', async () => {
    const outputs = await sampleOutputs([{ file: refunds, from: 'ai:\n  use: assist', to: 'ai:\n  use: never' }]);
    const listing = JSON.parse(outputs.all.get('/api/playbook.json')!) as { sops: Array<Record<string, unknown>> };
    const entry = listing.sops.find((sop) => sop.id === 'refunds-and-credits');
    expect(entry).toMatchObject({ title, excludedFromAi: 'never', ai: { use: 'never' }, urls: { page: '/sops/refunds-and-credits/' } });
    expect(entry).not.toHaveProperty('summary');
    expect(Object.keys(entry!.urls as object)).toEqual(['page']);
    expect(holding(outputs, sentence, { listing: true })).toEqual([]);
    expect(holding(outputs, summary, { listing: true })).toEqual([]);
  });

  it('keeps withdrawn through the playbook default too', async () => {
    const outputs = await sampleOutputs([
      { file: 'content/playbook.yaml', from: 'ai:\n  use: assist', to: 'ai:\n  use: never' },
      { file: refunds, from: 'ai:\n  use: assist\n', to: 'ai:\n' },
    ]);
    expect(holding(outputs, title)).toEqual([]);
    expect(holding(outputs, sentence)).toEqual([]);
  });
});

describe('what the sample keeps from AI agents', () => {
  it('leaves out its `never` SOPs, its draft and its retired SOP', async () => {
    const outputs = await sampleOutputs();
    const withheld = {
      'account-recovery': ['Account recovery and ownership transfer', 'Pressure is a classic social engineering signal.'],
      'macro-management': ['Macro management', 'canned replies are proposed, reviewed, published to Zendesk'],
      'chargeback-disputes': ['Chargebacks and bank disputes', 'chargeback'],
      'legacy-phone-callback': ['Legacy phone callback', 'callback'],
    };
    for (const [id, [title]] of Object.entries(withheld)) {
      expect(holding(outputs, `/sops/${id}.md`), id).toEqual([]);
      const own = [`/sops/${id}.md`, `/api/sops/${id}.json`, `skills/${id}/SKILL.md`, `procedures/${id}.txt`];
      expect(
        own.filter((name) => outputs.all.has(name)),
        id,
      ).toEqual([]);
      expect(holding(outputs, `# ${title}`), id).toEqual([]);
    }
    expect(holding(outputs, 'Pressure is a classic social engineering signal.')).toEqual([]);
  });

  it('leaves out macros that only withheld SOPs use, keeps those an AI-ready SOP uses', async () => {
    const outputs = await sampleOutputs();
    // Only account-recovery (`never`) uses these two; the retired legacy SOP alone uses the callback macro.
    for (const id of ['account-recovery-verification', 'account-recovery-denied', 'phone-callback-scheduled'])
      expect(outputs.all.has(`/macros/${id}.md`), id).toBe(false);
    expect(outputs.all.has('/macros/redirect-to-workspace-admin.md')).toBe(true);
  });

  it('leaves out an archived macro, and a draft one, wherever an SOP lists it', async () => {
    const reply = "Good news: I've approved a refund of [amount]";
    expect((await sampleOutputs()).all.get('/sops/refunds-and-credits.md')).toContain(reply);
    for (const status of ['archived', 'draft']) {
      const outputs = await sampleOutputs([{ file: 'content/macros/refund-approved.md', from: 'status: active', to: `status: ${status}` }]);
      expect(holding(outputs, reply), status).toEqual([]);
      expect(holding(outputs, '/macros/refund-approved.md'), status).toEqual([]);
      expect(outputs.all.has('/macros/refund-approved.md'), status).toBe(false);
    }
  });
});

describe('a macro twin’s SOPs', () => {
  const usedBy = (outputs: SampleOutputs) => /^- Used by: (.*)$/m.exec(outputs.all.get('/macros/redirect-to-workspace-admin.md')!)?.[1];
  /** The SOPs' twins in catalog order, as the JSON listing gives them. */
  const inCatalogOrder = (outputs: SampleOutputs, ids: string[]) => {
    const listing = JSON.parse(outputs.all.get('/api/playbook.json')!) as { sops: Array<{ id: string }> };
    return listing.sops.map((sop) => sop.id).filter((id) => ids.includes(id));
  };

  const listedIn = (outputs: SampleOutputs) => [...usedBy(outputs)!.matchAll(/\]\(\/sops\/([^)]+)\.md\)/g)].map((match) => match[1]);

  it('lists every SOP that uses the macro once, in catalog order', async () => {
    // The sample keeps account recovery from AI agents; here it is let through, so all three SOPs that list the macro count.
    const outputs = await sampleOutputs([
      { file: 'content/sops/account-recovery.mdx', from: 'ai:\n  use: never', to: 'ai:\n  use: assist' },
    ]);
    const ids = ['account-recovery', 'refunds-and-credits', 'ticket-intake'];
    expect(listedIn(outputs)).toEqual(inCatalogOrder(outputs, ids));
    expect(listedIn(outputs).toSorted()).toEqual(ids);
  });

  it('leaves out an SOP kept from AI use', async () => {
    const outputs = await sampleOutputs();
    expect(listedIn(outputs)).toEqual(inCatalogOrder(outputs, ['refunds-and-credits', 'ticket-intake']));
  });
});
