import { describe, expect, it } from 'vitest';
import { newSop, type NewSopRequest } from '../../../src/core/authoring/new-sop.ts';
import { sopKinds } from '../../../src/core/authoring/templates/index.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { lintPlaybook } from '../../../src/core/lint/engine.ts';
import { sectionsOf } from '../../../src/core/markdown/sections.ts';
import { loadTestPlaybook, playbookFiles, sopText, type PlaybookFiles } from '../../helpers/playbook.ts';

const today = '2026-11-23';

function create(request: Partial<NewSopRequest>, files: PlaybookFiles = playbookFiles()) {
  return newSop({ kind: 'refund', title: 'Refunds', owner: 'billing-ops', today, ...request }, loadTestPlaybook(files));
}

function created(request: Partial<NewSopRequest>, files: PlaybookFiles = playbookFiles()) {
  const result = create(request, files);
  if (!result.ok) throw new Error(result.problem);
  return result.sop;
}

/** Loads the new file into the playbook it was made for and lints the whole playbook. */
function lintWith(files: PlaybookFiles, id: string, text: string) {
  const all = { ...files, [`content/sops/${id}.mdx`]: text };
  const playbook = loadTestPlaybook(all);
  const document = playbook.sops.find((sop) => sop.id === id)!;
  const result = lintPlaybook(playbook, { today: parsePlainDate(today)! });
  return { document, diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.file === `content/sops/${id}.mdx`) };
}

const northwindPlaybook = `title: Northwind
categories:
  - { id: intake, name: Intake and triage, tags: [triage, routing, sla] }
  - { id: billing, name: Billing and payments, tags: [refund, credit, cancellation] }
  - { id: account, name: Account and access, tags: [login, two-factor] }
  - { id: incidents, name: Incidents and outages, tags: [outage, status-page] }
  - { id: accounts-vip, name: VIP and strategic accounts }
  - { id: knowledge, name: Knowledge base and macros, tags: [help-center, macros] }
  - { id: quality, name: Quality and customer experience, tags: [csat, tone] }
channels: [email, chat, phone]
tiers:
  - { id: l1, name: Tier 1 }
  - { id: l2, name: Tier 2 }
  - { id: l3, name: Tier 3 / Support engineering }
  - { id: mgmt, name: Support management }
`;

const northwindTeam = `people:
  - { id: dana-whitfield, name: Dana Whitfield }
teams:
  - { id: support-frontline, name: Frontline support (Tier 1) }
  - { id: support-tier2, name: Tier 2 support }
  - { id: support-engineering, name: Support engineering }
  - { id: billing-ops, name: Billing operations }
`;

const northwind = { 'content/playbook.yaml': northwindPlaybook, 'content/team.yaml': northwindTeam };

describe('sop new templates', () => {
  it('offers the twelve kinds of the contract', () => {
    expect(sopKinds).toEqual([
      'intake',
      'first-response',
      'escalation',
      'refund',
      'cancellation',
      'account-recovery',
      'outage',
      'vip',
      'knowledge-base',
      'tone',
      'csat',
      'macro-management',
    ]);
  });

  for (const kind of sopKinds) {
    it(`makes a \`${kind}\` draft that passes the schema and lints clean`, () => {
      for (const files of [playbookFiles(), northwind]) {
        const sop = created({ kind, title: `Our ${kind} procedure`, owner: 'billing-ops' }, files);
        const { document, diagnostics } = lintWith(files, sop.id, sop.text);
        expect(document.problems).toEqual([]);
        expect(document.syntaxError).toBeUndefined();
        expect(document.data).toMatchObject({ status: 'draft', version: '0.1.0', reviewed: today, owner: 'billing-ops' });
        expect(diagnostics).toEqual([]);
        expect(sectionsOf(document.tree).map((section) => section.title)).toEqual(['Steps', 'Edge cases', 'Common mistakes', 'Escalation']);
      }
    });
  }
});

describe('newSop', () => {
  it('makes the id from the title and keeps the title exactly, quotes and colons included', () => {
    const title = 'Refunds: the "new" way #2';
    const sop = created({ title });
    expect(sop.id).toBe('refunds-the-new-way-2');
    expect(lintWith(playbookFiles(), sop.id, sop.text).document.data?.title).toBe(title);
  });

  it('picks the category that fits the kind, and the first category when none does', () => {
    expect(created({ kind: 'refund' }).category).toBe('billing');
    expect(created({ kind: 'account-recovery' }).category).toBe('account');
    expect(created({ kind: 'outage' }).category).toBe('billing');
    expect(created({ kind: 'vip' }, northwind).category).toBe('accounts-vip');
    expect(created({ kind: 'outage' }, northwind).category).toBe('incidents');
    expect(created({ kind: 'csat' }, northwind).category).toBe('quality');
  });

  it('takes a category given on the command line', () => {
    expect(created({ kind: 'refund', category: 'account' }).category).toBe('account');
  });

  it('adds only the tags the category lists and the channels the playbook lists', () => {
    const { document } = lintWith(playbookFiles(), 'refunds', created({ kind: 'refund' }).text);
    expect(document.data?.tags).toEqual(['refund']);
    expect(document.data?.channels).toEqual(['email', 'chat', 'phone']);
  });

  it('lays the escalation path over the playbook tiers, giving each tier to the team named after it', () => {
    const sop = created({ kind: 'refund', owner: 'billing-ops' }, northwind);
    const steps = lintWith(northwind, sop.id, sop.text).document.data?.escalation ?? [];
    expect(steps.map((step) => [step.tier, step.owner])).toEqual([
      ['l1', 'support-frontline'],
      ['l2', 'support-tier2'],
      ['l3', 'support-engineering'],
    ]);
    expect(steps.map((step) => step.when === undefined)).toEqual([false, false, true]);
  });

  it('gives tiers no team is named after to the owner, and shortens the path to the tiers there are', () => {
    const files = playbookFiles({
      'content/playbook.yaml': 'title: Small\ncategories: [{ id: general, name: General }]\ntiers: [{ id: front, name: Front desk }]\n',
    });
    const sop = created({ kind: 'outage', owner: 'maya-chen' }, files);
    const { document, diagnostics } = lintWith(files, sop.id, sop.text);
    expect(document.data?.escalation).toEqual([
      { tier: 'front', owner: 'maya-chen', handles: 'Spotting the pattern, linking tickets, sending the incident macro', within: '15min' },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('refuses an unknown kind and names the closest one', () => {
    expect(create({ kind: 'refunds' })).toEqual({ ok: false, problem: 'unknown kind `refunds`; did you mean `refund`?' });
    expect(create({ kind: 'zzz' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^unknown kind `zzz`; choose one of `intake`, `first-response`/),
    });
  });

  it('refuses an owner missing from team.yaml and names the closest id', () => {
    expect(create({ owner: 'billing-opps' })).toEqual({ ok: false, problem: 'unknown owner `billing-opps`; did you mean `billing-ops`?' });
    expect(create({ owner: 'nobody-at-all' })).toEqual({
      ok: false,
      problem: 'unknown owner `nobody-at-all`; use the id of a person or team in team.yaml',
    });
  });

  it('refuses an unknown category', () => {
    expect(create({ category: 'bililng' })).toEqual({ ok: false, problem: 'unknown category `bililng`; did you mean `billing`?' });
  });

  it('refuses an empty title', () => {
    expect(create({ title: '  ' })).toEqual({ ok: false, problem: 'the title is empty; pass --title "…" with the SOP title' });
  });

  it('refuses a title whose id an SOP already has, as Markdown or MDX', () => {
    const files = playbookFiles({ 'content/sops/refunds.md': sopText() });
    expect(create({ title: 'Refunds' }, files)).toEqual({
      ok: false,
      problem: 'an SOP with id `refunds` already exists at `content/sops/refunds.md`; choose another title or edit that SOP',
    });
  });
});
