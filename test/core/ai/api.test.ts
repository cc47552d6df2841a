// The JSON API validates against the JSON Schema it publishes (generated from the zod types in schemas/api.ts).
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sampleOutputs } from './sample.ts';

describe('/api/', () => {
  it('every JSON document validates against /api/schema.json', async () => {
    const { all } = await sampleOutputs();
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(all.get('/api/schema.json')!));
    const documents = [...all].filter(([name]) => name.startsWith('/api/') && name !== '/api/schema.json');
    expect(documents.map(([name]) => name)).toHaveLength(1 + 10);
    for (const [name, text] of documents) {
      expect(validate(JSON.parse(text)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the schema rejects a document out of shape, so the check above can fail', async () => {
    const { all } = await sampleOutputs();
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(all.get('/api/schema.json')!));
    const sop = JSON.parse(all.get('/api/sops/refunds-and-credits.json')!);
    expect(validate({ ...sop, steps: 'one step' })).toBe(false);
    expect(validate({ ...sop, ai: { ...sop.ai, use: 'sometimes' } })).toBe(false);
    expect(validate({ ...sop, kind: 'page' })).toBe(false);
  });

  it('lists every published SOP and macro, with review state and AI policy', async () => {
    const { all } = await sampleOutputs();
    const playbook = JSON.parse(all.get('/api/playbook.json')!);
    expect(playbook.kind).toBe('playbook');
    expect(playbook.today).toBe('2026-11-23');
    expect(playbook.sops).toHaveLength(13);
    expect(playbook.macros).toHaveLength(28);
    expect(
      playbook.sops
        .filter((sop: { excludedFromAi?: string }) => sop.excludedFromAi)
        .map((sop: { id: string; excludedFromAi: string }) => [sop.id, sop.excludedFromAi]),
    ).toEqual([
      ['account-recovery', 'never'],
      ['macro-management', 'never'],
      ['legacy-phone-callback', 'never'],
    ]);
    expect(playbook.sops.find((sop: { id: string }) => sop.id === 'ticket-intake')).toMatchObject({
      status: 'active',
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      review: { state: 'current' },
      ai: { use: 'resolve', whenToUse: 'A new ticket arrives and nobody has triaged it yet.', handoff: 'l1', tools: ['Zendesk'] },
      urls: { page: '/sops/ticket-intake/', markdown: '/sops/ticket-intake.md', json: '/api/sops/ticket-intake.json' },
    });
  });

  it('gives an SOP its steps, edge cases, escalation path, SLAs and the macros it uses', async () => {
    const { all } = await sampleOutputs();
    const sop = JSON.parse(all.get('/api/sops/refunds-and-credits.json')!);
    expect(sop.steps).toHaveLength(11);
    expect(sop.steps[0]).toMatch(/^Find the charge with the Stripe app/);
    expect(sop.edgeCases[1]).toEqual({
      situation: 'A bank dispute is already open on the charge',
      action: expect.stringMatching(/^Do not refund\./),
    });
    expect(sop.escalation.map((step: { tier: string }) => step.tier)).toEqual(['l1', 'l2', 'mgmt']);
    expect(sop.sla[0]).toEqual({
      priority: 'high',
      firstResponse: '2h',
      update: '4h',
      resolve: '1d',
      described: 'first response within 2 hours, updates every 4 hours, resolve within 1 day',
    });
    expect(sop.macros.map((macro: { id: string }) => macro.id)).toEqual([
      'refund-approved',
      'refund-declined-outside-window',
      'service-credit-applied',
      'redirect-to-workspace-admin',
    ]);
    expect(sop.ai.forbidden[0]).toBe('Ask for, repeat or store a full card number, password or one-time code');
  });
});
