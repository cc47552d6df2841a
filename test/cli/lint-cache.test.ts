// The lint cache and `sop lint --watch` must give exactly what a full lint gives, after any edit:
// one SOP (its own and other files' findings), a team entry, a macro that SOPs reference, the policy.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createLintSession } from '../../src/node/lint-session.ts';
import { watchLint } from '../../src/cli/commands/lint-watch.ts';
import { parsePlainDate } from '../../src/core/dates.ts';
import { lintWithMemory } from '../../src/core/lint/cached-lint.ts';
import { lintPlaybook } from '../../src/core/lint/engine.ts';
import { mayHoldComponents } from '../../src/core/components/references.ts';
import { loadPlaybook } from '../../src/core/load/load-playbook.ts';
import { lintCacheFile, openLintCache } from '../../src/node/lint-cache.ts';
import { defaultLayout, readPlaybookSources } from '../../src/node/read-playbook.ts';
import { runSop, tempFolder } from '../helpers/cli-run.ts';

const sample = fileURLToPath(new URL('../../content', import.meta.url));
const caches: string[] = [];
afterEach(() => {
  for (const file of caches.splice(0)) rmSync(path.dirname(file), { recursive: true, force: true });
});

function samplePlaybook(): string {
  const root = tempFolder('sop-lint-cache-');
  cpSync(sample, path.join(root, 'content'), { recursive: true });
  caches.push(lintCacheFile(root));
  return root;
}

const edit = (root: string, file: string, change: (text: string) => string) => {
  const target = path.join(root, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return target;
};

/** Each step edits the playbook and names the rule ids its edit must bring (so the comparison is not between two empty reports). */
const steps: Array<{ name: string; apply: (root: string) => string[]; expect: string[] }> = [
  {
    name: 'an SOP gains a broken link and loses the heading another SOP links to',
    apply: (root) => [
      edit(root, 'content/sops/first-response-sla.mdx', (text) =>
        text.replace('## Definitions', '## Terms').replace('\n## ', '\nSee [nothing](/sops/no-such-sop/).\n\n## '),
      ),
    ],
    expect: ['broken-link'],
  },
  {
    name: 'a team that owns SOPs leaves team.yaml',
    apply: (root) => [edit(root, 'content/team.yaml', (text) => text.replace(/^ {2}- \{ id: security,.*\n/m, ''))],
    expect: ['unknown-owner'],
  },
  {
    name: 'a macro that an SOP lists is renamed, and another macro retitled',
    apply: (root) => {
      renameSync(path.join(root, 'content/macros/refund-approved.md'), path.join(root, 'content/macros/refund-granted.md'));
      return [
        path.join(root, 'content/macros/refund-approved.md'),
        path.join(root, 'content/macros/refund-granted.md'),
        edit(root, 'content/macros/outage-resolved.md', (text) => text.replace(/^title: .*$/m, 'title: The outage is over')),
      ];
    },
    expect: ['unknown-reference'],
  },
  {
    name: 'a new synonym group whose word one SOP uses',
    apply: (root) => [
      edit(root, 'content/playbook.yaml', (text) => `${text}search: { synonyms: [[zebracorn, stripehorse]] }\n`),
      edit(root, 'content/sops/refunds-and-credits.mdx', (text) => text.replace('## Steps', '## Steps\n\nA zebracorn is a rare refund.\n')),
    ],
    expect: [],
  },
  {
    name: 'the one SOP using a synonym group drops the word, though the SOP is no longer parsed',
    apply: (root) => [
      edit(root, 'content/sops/refunds-and-credits.mdx', (text) => text.replace('A zebracorn is a rare refund.', 'A rare refund.')),
    ],
    expect: ['search-synonym-unused'],
  },
  {
    name: 'the policy makes long SOPs an error at 150 words',
    apply: (root) => [
      edit(root, 'content/playbook.yaml', (text) => text.replace('rules: {}', 'rules: { sop-too-long: error }\nmaxWords: 150')),
    ],
    expect: ['sop-too-long'],
  },
  {
    name: 'an SOP is saved with a byte that is not UTF-8',
    apply: (root) => {
      const target = path.join(root, 'content/sops/voice-and-tone.mdx');
      writeFileSync(target, Buffer.concat([readFileSync(target), Buffer.from([0x0a, 0xff, 0x0a])]));
      return [target];
    },
    expect: ['file-encoding'],
  },
  {
    name: 'a symbolic link to a file outside content/ and a folder appear under SOP names',
    apply: (root) => {
      const outside = tempFolder('sop-outside-');
      writeFileSync(path.join(outside, 'secret.mdx'), '---\ntitle: [unclosed\n---\n');
      const link = path.join(root, 'content/sops/linked.mdx');
      symlinkSync(path.join(outside, 'secret.mdx'), link);
      const folder = path.join(root, 'content/sops/folder.mdx');
      mkdirSync(folder);
      return [link, folder];
    },
    expect: [],
  },
];

const ruleIds = (json: string) =>
  new Set(
    (JSON.parse(json) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((file) => file.messages.map((message) => message.ruleId)),
  );

describe('the lint cache', () => {
  it('gives what a lint without cache gives, cold, warm and after each edit', async () => {
    const root = samplePlaybook();
    const full = async () => (await runSop(root, ['lint', '--no-cache', '--format', 'json'])).stdout;
    const cached = async () => (await runSop(root, ['lint', '--format', 'json'])).stdout;
    const cold = await cached();
    expect(readFileSync(lintCacheFile(root), 'utf8')).toContain('"entries"');
    expect(cold).toBe(await full());
    expect(await cached()).toBe(cold);
    for (const step of steps) {
      const before = ruleIds(await full());
      step.apply(root);
      const expected = await full();
      for (const ruleId of step.expect) expect(ruleIds(expected).has(ruleId) && !before.has(ruleId), `${step.name}: ${ruleId}`).toBe(true);
      expect(await cached(), step.name).toBe(expected);
      expect(await cached(), `${step.name}, warm`).toBe(expected);
    }
    // Another today changes review findings: kept findings of the old day must not be used.
    const later = async (flags: string[]) => (await runSop(root, ['lint', '--today', '2028-06-01', '--format', 'json', ...flags])).stdout;
    const expected = await later(['--no-cache']);
    expect(ruleIds(expected).has('review-overdue')).toBe(true);
    expect(await later([])).toBe(expected);
  }, 120_000);
});

describe('the frontmatter a lint cache keeps', () => {
  it("is each unchanged file's own value (a warm run reads no YAML for it), and none for a file whose YAML is broken", async () => {
    const root = samplePlaybook();
    edit(root, 'content/sops/account-recovery.mdx', (text) => text.replace(/^title: .*$/m, 'title: [unclosed'));
    await runSop(root, ['lint', '--format', 'json']);
    const cache = openLintCache(lintCacheFile(root), '');
    const sources = await readPlaybookSources(defaultLayout(root));
    const playbook = loadPlaybook(sources);
    const documents = [...playbook.sops, ...playbook.macros];
    for (const document of documents) {
      const kept = cache.frontmatter(document.file);
      if (document.file.path === 'content/sops/account-recovery.mdx') expect(kept).toBeUndefined();
      else expect(kept, document.file.path).toEqual({ value: document.frontmatter.raw });
    }
    expect(loadPlaybook(sources, cache.frontmatter)).toEqual(playbook);
    const edited = { ...documents[1]!.file, text: documents[1]!.file.text.replace('---\n', '---\nstatus: archived\n') };
    expect(cache.frontmatter(edited)).toBeUndefined();
  });
});

describe('a lint with everything kept', () => {
  it('parses no body but those showing components, and finds what the first run found', async () => {
    const layout = defaultLayout(path.dirname(sample));
    const options = { today: parsePlainDate('2026-11-23')!, assetExists: () => true };
    const memory = openLintCache(undefined, 'run');
    const first = lintWithMemory(loadPlaybook(await readPlaybookSources(layout)), options, memory);
    const playbook = loadPlaybook(await readPlaybookSources(layout));
    const parsed = new Set<string>();
    // Reading `tree` or `syntaxError` is what parses a body: count who does.
    for (const document of [...playbook.sops, ...playbook.macros]) {
      // The getters stay on a copy; the document's own properties are replaced by counting ones.
      const original = Object.create(null, Object.getOwnPropertyDescriptors(document)) as object;
      for (const key of ['tree', 'syntaxError'] as const) {
        const read = () => Reflect.get(original, key) as unknown;
        Object.defineProperty(document, key, {
          get: () => {
            parsed.add(document.file.path);
            return read();
          },
        });
      }
    }
    const warm = lintWithMemory(playbook, options, memory);
    expect(warm.reused).toBe(playbook.sops.length + playbook.macros.length);
    expect(warm.diagnostics).toEqual(first.diagnostics);
    const withComponents = playbook.sops.filter((sop) => sop.format === 'mdx' && mayHoldComponents(sop.body));
    expect(withComponents.length).toBeGreaterThan(0);
    expect([...parsed].sort()).toEqual(withComponents.map((sop) => sop.file.path).sort());
  });
});

describe('a lint session (what --watch runs)', () => {
  it('after each edit, reloads only the changed files and finds what a fresh full lint finds', async () => {
    const root = samplePlaybook();
    const today = parsePlainDate('2026-11-23')!;
    const session = createLintSession({ layout: defaultLayout(root), today: () => today, base: 'HEAD', warn: () => {} });
    const fresh = async () =>
      lintPlaybook(loadPlaybook(await readPlaybookSources(defaultLayout(root))), { today, assetExists: () => true }).diagnostics;
    const first = await session.run();
    const documents = first.playbook.sops.length + first.playbook.macros.length;
    expect(first.reloaded).toBe(documents);
    const second = await session.run([path.join(root, 'content/sops/first-response-sla.mdx')]);
    expect(second.reloaded).toBe(0);
    expect(second.result.reused).toBe(documents);
    for (const step of steps) {
      const changed = step.apply(root);
      const run = await session.run(changed);
      expect(run.reloaded, step.name).toBeLessThanOrEqual(changed.length);
      expect(run.result.diagnostics, step.name).toEqual(await fresh());
      if (step.expect.length > 0)
        expect(
          run.result.diagnostics.some((diagnostic) => step.expect.includes(diagnostic.ruleId)),
          step.name,
        ).toBe(true);
    }
  }, 120_000);
});

describe('sop lint --watch', () => {
  it('says a save under content/ that touched no SOP, macro or YAML file was linted after a change there', async () => {
    const root = samplePlaybook();
    let stderr = '';
    let reports = 0;
    let notify: () => void = () => {};
    const report = () => new Promise<void>((resolve) => (notify = resolve));
    const first = report();
    const controller = new AbortController();
    const done = watchLint(
      {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        cwd: root,
        env: { SOP_TODAY: '2026-11-23' },
        colour: false,
        now: () => new Date('2026-11-23T12:00:00Z'),
      },
      [],
      { root: '.', format: 'json' },
      {
        signal: controller.signal,
        onReport: () => {
          reports++;
          notify();
        },
      },
    );
    await first;
    const second = report();
    writeFileSync(path.join(root, 'content/assets/new.png'), 'png');
    await second;
    controller.abort();
    expect(await done).toBe(0);
    expect(reports).toBe(2);
    expect(stderr.split('\n')[1]).toMatch(/^sop: linted after a change under content\/ in \d+ ms; watching/);
  }, 30_000);

  it('stops with a usage error (exit 2) when the content folder is removed, instead of waiting on nothing', async () => {
    const root = samplePlaybook();
    let notify: () => void = () => {};
    const first = new Promise<void>((resolve) => (notify = resolve));
    const done = watchLint(
      {
        stdout: () => {},
        stderr: () => {},
        cwd: root,
        env: { SOP_TODAY: '2026-11-23' },
        colour: false,
        now: () => new Date('2026-11-23T12:00:00Z'),
      },
      [],
      { root: '.', format: 'json' },
      { signal: new AbortController().signal, onReport: () => notify() },
    );
    await first;
    rmSync(path.join(root, 'content'), { recursive: true, force: true });
    const timeout = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000));
    await expect(Promise.race([done, timeout])).rejects.toThrow(
      '`content` was removed or moved away; stopped watching (run `sop lint --watch` again once it is back)',
    );
  }, 30_000);

  it('prints the report again when a file is saved, with findings in other files updated', async () => {
    const root = samplePlaybook();
    let stdout = '';
    const reports: Array<{ errors: number }> = [];
    const controller = new AbortController();
    let notify: () => void = () => {};
    const nextReport = () => new Promise<void>((resolve) => (notify = resolve));
    const first = nextReport();
    const done = watchLint(
      {
        stdout: (text) => (stdout += text),
        stderr: () => {},
        cwd: root,
        env: { SOP_TODAY: '2026-11-23' },
        colour: false,
        now: () => new Date('2026-11-23T12:00:00Z'),
      },
      [],
      { root: '.', format: 'json' },
      {
        signal: controller.signal,
        onReport: (summary) => {
          reports.push(summary);
          notify();
        },
      },
    );
    await first;
    expect(reports).toEqual([expect.objectContaining({ errors: 0 })]);
    stdout = '';
    const second = nextReport();
    // Renaming the heading breaks a link in another SOP (ticket-intake.mdx links to it).
    edit(root, 'content/sops/first-response-sla.mdx', (text) => text.replace('## Definitions', '## Terms'));
    await second;
    controller.abort();
    expect(await done).toBe(0);
    const report = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const broken = report
      .filter((file) => file.messages.some((message) => message.ruleId === 'broken-link'))
      .map((file) => path.basename(file.filePath));
    expect(broken).toEqual(['ticket-intake.mdx']);
  }, 60_000);
});
