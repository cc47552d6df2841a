import { describe, expect, it } from 'vitest';
import { loadTestPlaybook, playbookFiles, sopText, macroText } from '../helpers/playbook.ts';

const validFrontmatter = `title: Refunds
summary: How to grant refunds and credits
owner: billing-ops
version: 1.0.0
status: active
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Refund requests for paid plans`;

function problemsFor(frontmatter: string) {
  const playbook = loadTestPlaybook(playbookFiles({ 'content/sops/refunds.mdx': sopText({ frontmatter }) }));
  return playbook.sops[0]!.problems.map(({ field, line, column, message }) => ({ field, line, column, message }));
}

describe('SOP frontmatter schema', () => {
  it('accepts a complete, valid SOP', () => {
    expect(problemsFor(validFrontmatter)).toEqual([]);
  });

  it('names a missing owner', () => {
    const [problem] = problemsFor(validFrontmatter.replace('owner: billing-ops\n', ''));
    expect(problem).toMatchObject({ field: 'owner', message: 'required field `owner` is missing' });
  });

  it('rejects a date that does not exist, at the value', () => {
    const [problem] = problemsFor(validFrontmatter.replace('2026-11-01', '2026-02-30'));
    expect(problem).toEqual({
      field: 'reviewed',
      line: 7,
      column: 11,
      message: '`reviewed` must be a real date written `YYYY-MM-DD`; found `2026-02-30`',
    });
  });

  it('accepts 29 February only in leap years', () => {
    expect(problemsFor(validFrontmatter.replace('2026-11-01', '2028-02-29'))).toEqual([]);
    expect(problemsFor(validFrontmatter.replace('2026-11-01', '2027-02-29'))).toHaveLength(1);
  });

  it('rejects a version that is not semver, and says how to write it', () => {
    expect(problemsFor(validFrontmatter.replace('1.0.0', '"1.0"'))[0]!.message).toContain('must be a semantic version');
    expect(problemsFor(validFrontmatter.replace('1.0.0', '2.0'))[0]!.message).toContain('such as `1.0.0`');
  });

  it('reports an unknown key at its line with the field it was meant to be', () => {
    const [problem] = problemsFor(`${validFrontmatter}\nreviewd: 2026-11-01`);
    expect(problem).toEqual({ field: 'reviewd', line: 11, column: 1, message: 'unknown field `reviewd`; did you mean `reviewed`?' });
  });

  it('suggests no field that shares nothing with a short unknown key', () => {
    const messages = problemsFor(`${validFrontmatter}\nk0: v\nid: refunds\ntitel: x`).map((problem) => problem.message);
    expect(messages).toEqual(['unknown field `k0`', 'unknown field `id`', 'unknown field `titel`; did you mean `title`?']);
  });

  it('lists the allowed statuses for a wrong one', () => {
    const [problem] = problemsFor(validFrontmatter.replace('status: active', 'status: published'));
    expect(problem!.message).toBe('`status` must be one of `draft`, `shadow`, `active`, `retired`; found `published`');
    expect(problem!.line).toBe(6);
  });

  it('checks durations and nested fields at their own line', () => {
    const problems = problemsFor(
      `${validFrontmatter}\nreviewEvery: 3 months\nescalation:\n  - tier: l1\n    owner: billing-ops\n    within: soon`,
    );
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['reviewEvery', 11],
      ['escalation.0.within', 15],
    ]);
  });

  it('wants a one-line summary', () => {
    const problems = problemsFor(validFrontmatter.replace('summary: How to grant refunds and credits', 'summary: |\n  two\n  lines'));
    expect(problems[0]!.message).toContain('must fit on one line');
  });

  it('reports YAML that does not parse at its position', () => {
    const problems = problemsFor(validFrontmatter.replace('owner: billing-ops', 'owner: [billing-ops'));
    expect(problems[0]!.message).toMatch(/^YAML does not parse/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file with no frontmatter', () => {
    const playbook = loadTestPlaybook(playbookFiles({ 'content/sops/refunds.md': '# Refunds\n\nJust text.\n' }));
    expect(playbook.sops[0]!.problems[0]!.message).toContain('has no frontmatter');
  });

  it('reports a file name that is not a valid id', () => {
    const playbook = loadTestPlaybook(playbookFiles({ 'content/sops/Refund Policy.mdx': sopText() }));
    expect(playbook.sops[0]!.problems[0]!.message).toContain('such as `refund-policy`');
  });
});

describe('macro frontmatter schema', () => {
  it('accepts usage counters as imported from a help desk', () => {
    const playbook = loadTestPlaybook(
      playbookFiles({
        'content/macros/refund-approved.md': macroText({
          frontmatter:
            'title: Refund approved\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: active\ncategory: billing\n' +
            'usage: { usage_7d: 12, usage_30d: 50 }\nsource: { system: zendesk, id: 360001 }',
        }),
      }),
    );
    expect(playbook.macros[0]!.problems).toEqual([]);
  });

  it('rejects an unknown macro status', () => {
    const playbook = loadTestPlaybook(
      playbookFiles({
        'content/macros/x.md': macroText({
          frontmatter: 'title: X\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: live\ncategory: billing',
        }),
      }),
    );
    expect(playbook.macros[0]!.problems[0]!.message).toContain('`status` must be one of `active`, `draft`, `archived`');
  });
});

describe('playbook.yaml and team.yaml', () => {
  it('fills every default but the title', () => {
    const playbook = loadTestPlaybook({ 'content/playbook.yaml': 'title: Acme\n' });
    expect(playbook.config.problems).toEqual([]);
    expect(playbook.config.data).toMatchObject({ timezone: 'UTC', reviewEvery: '90d', dueSoonDays: 14, macros: { archiveBelow: 5 } });
  });

  it('rejects an unknown time zone', () => {
    const playbook = loadTestPlaybook({ 'content/playbook.yaml': 'title: Acme\ntimezone: Mars/Olympus\n' });
    expect(playbook.config.problems[0]).toMatchObject({ line: 2, column: 11 });
    expect(playbook.config.problems[0]!.message).toContain('IANA time zone');
  });

  it('rejects an editUrl that is not a web address, which every SOP page would link to', () => {
    // Browsers read `/\\host` and `/<tab>/host` as `//host`.
    for (const editUrl of [
      'javascript:alert(1)//{path}',
      'data:text/html,x',
      '//evil.example/{path}',
      '/\\\\evil.example/{path}',
      '/\\t/evil.example/{path}',
    ]) {
      const playbook = loadTestPlaybook({ 'content/playbook.yaml': `title: Acme\neditUrl: "${editUrl}"\n` });
      expect(playbook.config.problems, editUrl).toEqual([
        expect.objectContaining({ line: 2, column: 10, message: expect.stringContaining('must be a web address') }),
      ]);
    }
    const allowed = ['https://github.com/acme/playbook/edit/main/{path}', 'HTTPS://example.com/{path}', '/edit/{path}'];
    for (const editUrl of allowed)
      expect(loadTestPlaybook({ 'content/playbook.yaml': `title: Acme\neditUrl: ${editUrl}\n` }).config.problems).toEqual([]);
  });

  it('rejects a person without a name', () => {
    const playbook = loadTestPlaybook({ 'content/playbook.yaml': 'title: Acme\n', 'content/team.yaml': 'people:\n  - { id: maya }\n' });
    expect(playbook.team.problems[0]!.message).toBe('required field `people.0.name` is missing');
  });
});

describe('the frontmatter block', () => {
  const problemsOf = (text: string) =>
    loadTestPlaybook(playbookFiles({ 'content/sops/refunds.md': text })).sops[0]!.problems.map((problem) => problem.message);

  it('says when the opening `---` is never closed', () => {
    expect(problemsOf('---\ntitle: Refunds\n\n## Steps\n')[0]).toBe(
      'the frontmatter opened on line 1 never closes; end it with a line holding only `---`',
    );
  });

  it('reads an empty block as frontmatter missing every required field, not as none', () => {
    const problems = problemsOf('---\n---\n\n## Steps\n');
    expect(problems).toContain('required field `title` is missing');
    expect(problems).toContain('required field `owner` is missing');
    expect(problems.some((message) => message.includes('no frontmatter'))).toBe(false);
  });

  it('reads CRLF line endings and a byte-order mark', () => {
    expect(problemsOf(`\uFEFF${sopText().replaceAll('\n', '\r\n')}`)).toEqual([]);
  });
});

describe('a missing field with a fixed set of values', () => {
  it('is reported as missing, not as a wrong value', () => {
    const playbook = loadTestPlaybook(
      playbookFiles({ 'content/sops/refunds.mdx': sopText({ frontmatter: validFrontmatter.replace('status: active\n', '') }) }),
    );
    expect(playbook.sops[0]!.problems.map((problem) => problem.message)).toEqual(['required field `status` is missing']);
  });
});
