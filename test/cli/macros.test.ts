import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSop, writePlaybook } from '../helpers/cli-run.ts';
import { macroText, playbookFiles } from '../helpers/playbook.ts';

const fixtures = path.resolve(import.meta.dirname, '../core/macros/fixtures');

/** A playbook with the two fixture pages copied beside it. */
function playbookWithPages(files = playbookFiles()): string {
  const root = writePlaybook(files);
  for (const page of ['macros-page-1.json', 'macros-page-2.json', 'broken.json', 'not-macros.json'])
    copyFileSync(path.join(fixtures, page), path.join(root, page));
  return root;
}

const importArgs = ['macros', 'import', 'zendesk', 'macros-page-1.json', 'macros-page-2.json', '--owner', 'billing-ops'];

function snapshot(root: string) {
  const folder = path.join(root, 'content/macros');
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, { text: readFileSync(path.join(folder, name), 'utf8'), modified: statSync(path.join(folder, name)).mtimeMs }]),
  );
}

describe('sop macros import zendesk', () => {
  it('writes one macro file per Zendesk macro and says what it added', async () => {
    const root = playbookWithPages();
    const result = await runSop(root, importArgs);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'added     content/macros/close-as-spam.md        Zendesk 360001000005: new in Zendesk',
        'added     content/macros/password-reset-link.md  Zendesk 360001000002: new in Zendesk',
        'added     content/macros/promo-code-expired.md   Zendesk 360001000003: new in Zendesk',
        'added     content/macros/refund-approved-2.md    Zendesk 360001000004: new in Zendesk',
        'added     content/macros/refund-approved.md      Zendesk 360001000001: new in Zendesk',
        'Zendesk import: 5 added, 0 updated, 0 skipped, 0 conflicts',
        '',
      ].join('\n'),
    });
    expect(readdirSync(path.join(root, 'content/macros')).filter((name) => name.startsWith('.'))).toEqual([]);
    const lint = await runSop(root, ['lint', '--format', 'json']);
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]).flatMap((file) => file.messages);
    expect(messages.filter((message) => message.ruleId === 'frontmatter-schema')).toEqual([]);
  });

  it('skips every macro on a second run and touches no file', async () => {
    const root = playbookWithPages();
    await runSop(root, importArgs);
    const before = snapshot(root);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await runSop(root, importArgs);
    expect(again).toEqual({ code: 0, stderr: '', stdout: 'Zendesk import: 0 added, 0 updated, 5 skipped (unchanged), 0 conflicts\n' });
    expect(snapshot(root)).toEqual(before);
  });

  it("reports a conflicting local edit, leaves the file alone, and takes Zendesk's version with --force", async () => {
    const root = playbookWithPages();
    await runSop(root, importArgs);
    const file = path.join(root, 'content/macros/refund-approved.md');
    const edited = readFileSync(file, 'utf8').replace('Good news', 'Great news');
    writeFileSync(file, edited);
    const page = path.join(root, 'macros-page-1.json');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Good news', 'Happy news'));

    const conflict = await runSop(root, importArgs);
    expect(conflict).toEqual({
      code: 1,
      stderr: '',
      stdout:
        'conflict  content/macros/refund-approved.md  Zendesk 360001000001: edited locally and changed in Zendesk since the ' +
        "last import; merge by hand, or pass --force to take Zendesk's version\n" +
        'Zendesk import: 0 added, 0 updated, 4 skipped (unchanged), 1 conflict\n',
    });
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const forced = await runSop(root, [...importArgs, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(
      'updated   content/macros/refund-approved.md  Zendesk 360001000001: changed in Zendesk; local edits overwritten (--force)\n',
    );
    expect(readFileSync(file, 'utf8')).toContain('\nHappy news: I');
  });

  it('writes nothing on a dry run', async () => {
    const root = playbookWithPages();
    const result = await runSop(root, [...importArgs, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nZendesk import: 5 added, 0 updated, 0 skipped, 0 conflicts \(dry run: nothing written\)\n$/);
    expect(existsSync(path.join(root, 'content/macros'))).toBe(false);
  });

  it('files macros without a category folder under --category', async () => {
    const root = playbookWithPages();
    await runSop(root, [...importArgs, '--category', 'account']);
    expect(readFileSync(path.join(root, 'content/macros/close-as-spam.md'), 'utf8')).toContain('\ncategory: account\n');
    expect(readFileSync(path.join(root, 'content/macros/refund-approved.md'), 'utf8')).toContain('\ncategory: billing\n');
  });

  it.each([
    [['broken.json'], 'sop: broken.json:4:5: the file is not valid JSON: unexpected `{`; expected `,` or `]`\n'],
    [
      ['not-macros.json'],
      "sop: not-macros.json: the file is JSON but not a Zendesk macros export; expected the JSON that Zendesk's macros API " +
        'returns: an object with a `macros` array (`GET /api/v2/macros.json`) or one `macro` (`GET /api/v2/macros/{id}.json`)\n',
    ],
    [['missing.json'], 'sop: cannot read `missing.json`: no such file\n'],
    [['macros-page-1.json', '--owner', 'nobody'], 'sop: unknown owner `nobody`; use the id of a person or team in team.yaml\n'],
    [['macros-page-1.json', '--owner', 'billing-op'], 'sop: unknown owner `billing-op`; did you mean `billing-ops`?\n'],
    [
      ['macros-page-1.json', '--category', 'shipping'],
      'sop: --category `shipping` is not a category in playbook.yaml; use one of `billing`, `account`\n',
    ],
  ])('stops with exit 2 and a clear message for %j', async (args, stderr) => {
    const root = playbookWithPages();
    const owner = args.includes('--owner') ? [] : ['--owner', 'billing-ops'];
    expect(await runSop(root, ['macros', 'import', 'zendesk', ...args, ...owner])).toEqual({ code: 2, stdout: '', stderr });
    expect(existsSync(path.join(root, 'content/macros'))).toBe(false);
  });

  it('requires --owner', async () => {
    const result = await runSop(playbookWithPages(), ['macros', 'import', 'zendesk', 'macros-page-1.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: required option '--owner <id>' not specified");
  });
});

describe('sop macros export zendesk', () => {
  it('prints the registry as Zendesk API JSON that keeps ids, titles and reply text', async () => {
    const root = playbookWithPages();
    await runSop(root, importArgs);
    const result = await runSop(root, ['macros', 'export', 'zendesk', '--only-active']);
    expect(result.code).toBe(0);
    const payload = JSON.parse(result.stdout) as {
      macros: { id: number; title: string; active: boolean; actions: { field: string; value: unknown }[] }[];
    };
    expect(payload.macros.map((macro) => [macro.id, macro.title, macro.active])).toEqual([
      [360001000005, 'Close as spam', true],
      [360001000002, 'Account::Password reset link', true],
      [360001000001, 'Billing::Refund::Refund approved', true],
      [360001000004, 'Legacy::Refund approved', true],
    ]);
    expect(payload.macros[1]!.actions[0]).toEqual({
      field: 'comment_value',
      value: [
        'channel:all',
        'Hi {{ticket.requester.first_name}},\n\nUse the link below to reset your password. It works for *24 hours*:\n' +
          '{{ticket.requester.password_reset_url}}\n\n- Your Northwind team',
      ],
    });
  });

  it('writes --output atomically and refuses to overwrite it without --force', async () => {
    const root = writePlaybook(playbookFiles({ 'content/macros/refund-approved.md': macroText() }));
    expect(await runSop(root, ['macros', 'export', 'zendesk', '--output', 'out.json'])).toEqual({
      code: 0,
      stderr: 'wrote 1 macro to out.json\n',
      stdout: '',
    });
    const written = readFileSync(path.join(root, 'out.json'), 'utf8');
    expect(JSON.parse(written)).toEqual({
      macros: [
        {
          title: 'Billing::Refund approved',
          active: true,
          actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}}, your refund is on its way.' }],
        },
      ],
    });
    expect(await runSop(root, ['macros', 'export', 'zendesk', '--output', 'out.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sop: `out.json` already exists; pass --force to replace it\n',
    });
    expect((await runSop(root, ['macros', 'export', 'zendesk', '--output', 'out.json', '--force'])).code).toBe(0);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves out a macro with invalid frontmatter, says so, and exits 1', async () => {
    const root = writePlaybook(
      playbookFiles({ 'content/macros/broken.md': macroText({ frontmatter: 'title: Broken' }), 'content/macros/ok.md': macroText() }),
    );
    const result = await runSop(root, ['macros', 'export', 'zendesk']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'sop: left out `content/macros/broken.md`: its frontmatter does not pass the schema; run `sop lint` to see why\n',
    );
    expect((JSON.parse(result.stdout) as { macros: unknown[] }).macros).toHaveLength(1);
  });
});
