import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idPattern } from '../../../schemas/primitives.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { lintPlaybook } from '../../../src/core/lint/engine.ts';
import { rules } from '../../../src/core/lint/registry.ts';
import type { Playbook } from '../../../src/core/model.ts';
import { loadTestPlaybook, macroText, playbookFiles, sopText, type PlaybookFiles } from '../../helpers/playbook.ts';

const today = parsePlainDate('2026-11-23')!;

describe('the rule registry', () => {
  it('is sorted by id', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('holds each id once', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds exactly the modules in src/core/lint/rules/ (a new rule module must be added to registry.ts)', () => {
    const modules = readdirSync(new URL('../../../src/core/lint/rules/', import.meta.url))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -'.ts'.length))
      .sort();
    expect(rules.map((rule) => rule.meta.id)).toEqual(modules);
  });

  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('has a kebab-case id', () => {
      expect(id).toMatch(idPattern);
    });

    it('has a one-line description without a trailing period', () => {
      expect(rule.meta.description.trim()).not.toBe('');
      expect(rule.meta.description).not.toMatch(/\n|\.$/);
    });

    it('links to its section of the README', () => {
      expect(rule.meta.docs).toBe(`README.md#${id}`);
    });

    it('has a default severity', () => {
      expect(['error', 'warning', 'off']).toContain(rule.meta.defaultSeverity);
    });

    it('has a fixture test', () => {
      expect(existsSync(new URL(`./rules/${id}.test.ts`, import.meta.url))).toBe(true);
    });

    it('has a README heading and a line in the rule table', () => {
      expect(readme.split('\n')).toContain(`#### ${id}`);
      expect(readme).toContain(`| [\`${id}\`](#${id}) |`);
    });

    it('is tested through testRule, which requires valid and invalid cases', () => {
      const source = readFileSync(new URL(`./rules/${id}.test.ts`, import.meta.url), 'utf8');
      expect(source).toMatch(/\btestRule\(/);
      expect(source).toMatch(/\bvalid: \[\s*\{/);
      expect(source).toMatch(/\binvalid: \[\s*\{/);
    });
  });
});

/** Frontmatter of every wrong shape the rules read: numbers for ids, text for lists, lists for mappings. */
const wrongShapes = `title: [1, 2]
owner: 5
coOwners: billing-ops
version: 1.0
status: 3
reviewed: 2026-02-30
reviewEvery: forever
category: [billing]
tags: 7
channels: ~
scope: everything
escalation: [1, ~, { tier: [l1], owner: {}, when: 5 }, { tier: l1 }]
macros: { refund-approved: 1 }
related: [[refunds]]
approvals: [{ by: 3 }]
usage: lots`;

const brokenPlaybooks: Record<string, PlaybookFiles> = {
  'empty frontmatter': {
    'content/sops/empty.mdx': '---\n---\n',
    'content/macros/empty.md': '---\n---\n',
  },
  'files without frontmatter or text': {
    'content/sops/blank.mdx': '',
    'content/sops/prose.md': '# Just a heading\n\nAnd {some} <text>.\n',
    'content/macros/blank.md': '',
  },
  'frontmatter that does not parse': {
    'content/sops/broken.mdx': '---\nowner: [billing-ops\n---\n\n## Steps\n',
    'content/macros/broken.md': '---\n: : :\n---\nHi\n',
  },
  'frontmatter of the wrong shapes': {
    'content/sops/refunds.mdx': sopText({ frontmatter: wrongShapes, body: '## Steps\n\n1.\n\n## Edge cases\n' }),
    'content/macros/refund-approved.md': macroText({ frontmatter: wrongShapes }),
  },
  'config files of the wrong shapes': {
    'content/playbook.yaml': 'title: T\ncategories: [{ id: a, tags: 5 }, 3]\ntiers: x\nchannels: [[email]]\nrules: []\n',
    'content/team.yaml': 'people: 5\nteams: [1, { id: x, lead: [], members: 3 }]\n',
    'content/sops/refunds.mdx': sopText(),
  },
  'an SOP claimed twice with a broken body': {
    'content/sops/refunds.md': sopText({ body: '## Steps\n\n<div>\n' }),
    'content/sops/refunds.mdx': sopText({ body: '## Steps\n\n1. {unclosed\n' }),
  },
};

/** A git base whose files do not parse, so git-based rules meet broken input too. */
const brokenGit = { base: 'HEAD', readAtBase: () => '---\nversion: [\n---\n{' };

function lintAll(playbook: Playbook) {
  return lintPlaybook(playbook, { today, git: brokenGit, assetExists: () => false }).diagnostics;
}

/** The same playbook as if built by a plugin: no node positions and no field positions anywhere. */
function withoutPositions(playbook: Playbook): Playbook {
  const strip = <T>(tree: T): T => JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as T;
  const noFields = <T extends { fields: unknown }>(block: T): T => ({ ...block, fields: new Map() });
  return {
    config: { ...playbook.config, yaml: noFields(playbook.config.yaml) },
    team: { ...playbook.team, yaml: noFields(playbook.team.yaml) },
    sops: playbook.sops.map((sop) => ({ ...sop, tree: strip(sop.tree), frontmatter: noFields(sop.frontmatter) })),
    macros: playbook.macros.map((macro) => ({ ...macro, tree: strip(macro.tree), frontmatter: noFields(macro.frontmatter) })),
  };
}

function expectNoRuleFailures(diagnostics: ReturnType<typeof lintAll>) {
  expect(diagnostics.filter((diagnostic) => /^rule `[^`]+` failed/.test(diagnostic.message))).toEqual([]);
  for (const diagnostic of diagnostics) {
    expect(Number.isInteger(diagnostic.line) && diagnostic.line >= 1, `${diagnostic.ruleId} line`).toBe(true);
    expect(Number.isInteger(diagnostic.column) && diagnostic.column >= 1, `${diagnostic.ruleId} column`).toBe(true);
  }
}

describe('every rule on broken playbooks', () => {
  it.each(Object.entries(brokenPlaybooks))('survives %s', (_name, files) => {
    const playbook = loadTestPlaybook(playbookFiles(files));
    expectNoRuleFailures(lintAll(playbook));
  });

  it.each(Object.entries(brokenPlaybooks))('survives %s without positions', (_name, files) => {
    expectNoRuleFailures(lintAll(withoutPositions(loadTestPlaybook(playbookFiles(files)))));
  });

  it('survives a playbook without playbook.yaml or team.yaml', () => {
    const playbook = loadTestPlaybook({ 'content/sops/refunds.mdx': sopText(), 'content/macros/refund-approved.md': macroText() });
    expectNoRuleFailures(lintAll(playbook));
  });

  it('finds something in the broken playbooks, so the run above is not vacuous', () => {
    const playbook = loadTestPlaybook(playbookFiles(brokenPlaybooks['frontmatter of the wrong shapes']));
    expect(lintAll(playbook).map((diagnostic) => diagnostic.ruleId)).toEqual(
      expect.arrayContaining(['frontmatter-schema', 'escalation-path', 'missing-steps']),
    );
  });
});
