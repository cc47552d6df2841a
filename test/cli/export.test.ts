import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runSop, tempFolder, writeFiles, writePlaybook } from '../helpers/cli-run.ts';
import { macroText, playbookFiles, sopText } from '../helpers/playbook.ts';

const longId = `refunds-${'very-long-name-'.repeat(5)}end`;

const sop = (title: string, ai: string, status = 'active') =>
  sopText({
    frontmatter: `title: ${title}
summary: What to do about ${title.toLowerCase()}
owner: billing-ops
version: 1.0.0
status: ${status}
reviewed: 2026-11-01
category: billing
scope:
  appliesTo: Every ${title.toLowerCase()} request
escalation:
  - { tier: l1, owner: billing-ops, when: Over 250 USD }
  - { tier: l2, owner: support-l2 }
macros: [refund-approved]
${ai}`,
    body:
      `## Steps\n\n1. Confirm the ${title.toLowerCase()} order.\n2. Grant it.\n\n## Edge cases\n\n` +
      `- **Expired card**: the ${title.toLowerCase()} goes to credit.\n`,
  });

function playbook() {
  return writePlaybook(
    playbookFiles({
      'content/sops/refunds.mdx': sop('Refunds', 'ai: { use: resolve, whenToUse: A customer asks for money back }'),
      'content/sops/credits.mdx': sop('Credits', 'ai: { use: assist }'),
      'content/sops/identity.mdx': sop('Identity checks', 'ai: { use: never }'),
      'content/sops/old-way.mdx': sop('Old way', 'ai: { use: assist }', 'retired'),
      'content/sops/next-way.mdx': sop('Next way', 'ai: { use: assist }', 'draft'),
      [`content/sops/${longId}.mdx`]: sop(
        'Long',
        `ai: { use: assist, whenToUse: ${'A customer writes a very long message. '.repeat(40).trim()} }`,
      ),
      'content/macros/refund-approved.md': macroText(),
    }),
  );
}

function skillsIn(folder: string): Record<string, { name: string; description: string; body: string }> {
  const skills: Record<string, { name: string; description: string; body: string }> = {};
  for (const name of readdirSync(folder).sort()) {
    const text = readFileSync(path.join(folder, name, 'SKILL.md'), 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const frontmatter = parse(yaml!) as { name: string; description: string };
    skills[name] = { name: frontmatter.name, description: frontmatter.description, body: body! };
  }
  return skills;
}

describe('sop export agent-skills', () => {
  it('writes one SKILL.md folder per resolve or assist SOP, within the Agent Skills limits', async () => {
    const root = playbook();
    const result = await runSop(root, ['export', 'agent-skills', '--out', 'skills']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'sop: created the folder `skills`\nwrote 3 skills to skills\n' });
    const skills = skillsIn(path.join(root, 'skills'));
    expect(Object.keys(skills)).toEqual(['credits', 'refunds', 'refunds-very-long-name-very-long-name-very-long-name-very-long']);
    for (const [folder, skill] of Object.entries(skills)) {
      expect(skill.name, folder).toBe(folder);
      expect(skill.name.length, folder).toBeLessThanOrEqual(64);
      expect(skill.name, folder).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(skill.description.length, folder).toBeGreaterThan(0);
      expect(skill.description.length, folder).toBeLessThanOrEqual(1024);
    }
    expect(skills.refunds!.description).toBe('Refunds: A customer asks for money back You may carry it out with the customer.');
    expect(skills.credits!.description).toBe(
      'Credits: What to do about credits Draft replies for a rep to check and send; never send them yourself.',
    );
    expect(skills['refunds-very-long-name-very-long-name-very-long-name-very-long']!.description).toMatch(/^Long: A customer writes .*…$/);
    expect(skills.refunds!.body).toMatch(/^\n# Refunds\n/);
    expect(skills.refunds!.body).toContain('1. Confirm the refunds order.');
    expect(skills.refunds!.body).toContain('Hi {{ticket.requester.first_name}}, your refund is on its way.');
  });

  it('refuses to overwrite without --force, and changes nothing', async () => {
    const root = playbook();
    await runSop(root, ['export', 'agent-skills', '--out', 'skills']);
    const file = path.join(root, 'skills/refunds/SKILL.md');
    writeFileSync(file, 'edited by hand\n');
    const result = await runSop(root, ['export', 'agent-skills', '--out', 'skills']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: `skills/credits/SKILL.md` already exists (and 2 other files); pass --force to replace it\n',
    });
    expect(readFileSync(file, 'utf8')).toBe('edited by hand\n');
  });

  it('with --force rewrites the skills and removes the skill of an SOP switched to `never`', async () => {
    const root = playbook();
    await runSop(root, ['export', 'agent-skills', '--out', 'skills']);
    writeFiles(root, { 'skills/my-own/SKILL.md': '---\nname: my-own\ndescription: Written by hand\n---\n', 'skills/notes.txt': 'keep\n' });
    writeFiles(root, { 'content/sops/credits.mdx': sop('Credits', 'ai: { use: never }') });
    const result = await runSop(root, ['export', 'agent-skills', '--out', 'skills', '--force']);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'sop: removed `skills/credits/SKILL.md`: its SOP is no longer for AI agents\nwrote 2 skills to skills\n',
    });
    expect(existsSync(path.join(root, 'skills/credits'))).toBe(false);
    expect(readdirSync(path.join(root, 'skills')).sort()).toEqual([
      'my-own',
      'notes.txt',
      'refunds',
      'refunds-very-long-name-very-long-name-very-long-name-very-long',
    ]);
  });

  it('without --force leaves an earlier skill of an SOP switched to `never` in place and says so', async () => {
    const root = playbook();
    await runSop(root, ['export', 'agent-skills', '--out', 'skills']);
    for (const name of readdirSync(path.join(root, 'skills')))
      if (name !== 'credits') rmSync(path.join(root, 'skills', name), { recursive: true });
    writeFiles(root, { 'content/sops/credits.mdx': sop('Credits', 'ai: { use: never }') });
    const result = await runSop(root, ['export', 'agent-skills', '--out', 'skills']);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'sop: `skills/credits/SKILL.md` is from an SOP no longer for AI agents; delete it, or export again with --force\n' +
        'wrote 2 skills to skills\n',
    });
  });

  it('names the folders it creates, and says plainly when a file stands where the --out folder should be', async () => {
    const root = playbook();
    const created = await runSop(root, ['export', 'agent-skills', '--out', 'ai/skills']);
    expect(created.code).toBe(0);
    expect(created.stderr).toMatch(
      /^sop: created the folder `ai`\nsop: created the folder `ai\/skills`\nwrote \d+ skills to ai\/skills\n$/,
    );
    const notes = path.join(root, 'notes.txt');
    writeFileSync(notes, 'keep me');
    for (const command of ['agent-skills', 'procedures']) {
      expect(await runSop(root, ['export', command, '--out', 'notes.txt', '--force'])).toEqual({
        code: 2,
        stdout: '',
        stderr: `sop: cannot write into \`${notes}\`: \`${notes}\` is a file, not a folder; choose another place\n`,
      });
    }
    expect(readFileSync(path.join(root, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('needs --out', async () => {
    const result = await runSop(playbook(), ['export', 'agent-skills']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--out <dir>' not specified");
  });
});

describe('sop export procedures', () => {
  it('prints one plain-text procedure per resolve or assist SOP, in the shape procedure editors take', async () => {
    const result = await runSop(playbook(), ['export', 'procedures', '--format', 'text']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const procedures = result.stdout.split('\n----\n\n');
    expect(procedures.map((text) => text.split('\n')[0])).toEqual(['Credits', 'Long', 'Refunds']);
    expect(procedures[2]).toBe(
      `Refunds
SOP refunds v1.0.0 · reviewed 2026-11-01 · next review 2027-01-30 · AI use: resolve (an AI agent may carry out this procedure ` +
        `with the customer)

When to use
A customer asks for money back
Applies to: Every refunds request

Steps
1. Confirm the refunds order.
2. Grant it.

Conditions
- If expired card: the refunds goes to credit.

Escalate when
- Over 250 USD: hand off to Tier 2 (Tier 2 support, #support-l2)
- The customer asks for a person, or the case is not covered above: hand off to Tier 1

Never
- Act outside the steps above, or on a case this procedure does not apply to
`,
    );
    for (const withheld of ['Identity checks', 'Old way', 'Next way']) expect(result.stdout).not.toContain(withheld);
  });

  it('writes <id>.txt files with --out, atomically, and never over a file without --force', async () => {
    const root = playbook();
    expect(await runSop(root, ['export', 'procedures', '--out', 'procedures'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'sop: created the folder `procedures`\nwrote 3 procedures to procedures\n',
    });
    expect(readdirSync(path.join(root, 'procedures')).sort()).toEqual(['credits.txt', `${longId}.txt`, 'refunds.txt']);
    const before = statSync(path.join(root, 'procedures/refunds.txt')).mtimeMs;
    const again = await runSop(root, ['export', 'procedures', '--out', 'procedures']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^sop: `procedures\/credits\.txt` already exists \(and 2 other files\); pass --force to replace it\n$/);
    expect(statSync(path.join(root, 'procedures/refunds.txt')).mtimeMs).toBe(before);
  });

  it("notes a procedure too long for Fin's AI drafting (5,000 characters), and still prints it", async () => {
    const root = playbook();
    const steps = Array.from(
      { length: 60 },
      (_, index) => `${index + 1}. Check item ${index + 1} of the refund request against the policy table, line by line.`,
    ).join('\n');
    writeFiles(root, {
      'content/sops/credits.mdx': sop('Credits', 'ai: { use: assist }').replace('1. Confirm the credits order.\n2. Grant it.', steps),
    });
    const result = await runSop(root, ['export', 'procedures']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^sop: procedure `credits` is 5\d{3} characters; Fin's AI drafting takes at most 5000, so paste it in parts or shorten the SOP\n$/,
    );
    expect(result.stdout).toContain('60. Check item 60');
  });

  it('rejects a format it does not know', async () => {
    const result = await runSop(playbook(), ['export', 'procedures', '--format', 'html']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'html' is invalid");
  });

  it('says so when the playbook cannot be found', async () => {
    const result = await runSop(tempFolder(), ['export', 'procedures']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sop: /);
  });
});

describe('sop export on a playbook with lint errors', () => {
  it('lints first, as the build does, and writes nothing when there is an error', async () => {
    const root = playbook();
    writeFiles(root, {
      'content/sops/credits.mdx': sop('Credits', 'ai: { use: assist }').replace('2. Grant it.', '2. Grant it to card 4111 1111 1111 1111.'),
    });
    const result = await runSop(root, ['export', 'agent-skills', '--out', 'skills']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('sensitive-data');
    expect(result.stderr).toMatch(/sop: export stopped: fix the 1 lint error above first\n$/);
    expect(existsSync(path.join(root, 'skills'))).toBe(false);
    expect((await runSop(root, ['export', 'procedures'])).code).toBe(1);
  });
});
