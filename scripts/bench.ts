// `npm run bench`: generates synthetic playbooks and measures, as whole processes with their process
// trees, each figure of the performance targets beside its target and its anchor (Starlight building the
// same SOPs, markdownlint-cli2 linting them), medians of --runs runs, the compared commands alternating.
// Flags: --sops N (1000), --macros N (1500), --large-sops N (10000), --large-macros N (15000),
// --runs N (3), --anchors DIR (or SOP_BENCH_ANCHORS: a folder where `npm install @astrojs/starlight@0.42
// astro@7 markdownlint-cli2` ran; without one the anchors are skipped, saying so), --skip-large,
// --large-runs N (as --runs), --skip-builds, --skip-diagrams, --keep DIR (write the playbooks there and keep them), --unique-diagrams,
// --diagrams N (1000 distinct, drawn apart), --generate-only (write the playbooks, with --keep, and measure nothing).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runMeasured } from './process-tree.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const today = '2026-11-23';

const benchOptions = {
  sops: { type: 'string', default: '1000' },
  macros: { type: 'string', default: '1500' },
  keep: { type: 'string' },
  runs: { type: 'string', default: '3' },
  'large-sops': { type: 'string', default: '10000' },
  'large-macros': { type: 'string', default: '15000' },
  'skip-large': { type: 'boolean', default: false },
  'skip-builds': { type: 'boolean', default: false },
  'skip-diagrams': { type: 'boolean', default: false },
  'generate-only': { type: 'boolean', default: false },
  'large-runs': { type: 'string' },
  anchors: { type: 'string' },
  diagrams: { type: 'string', default: '1000' },
  // Real playbooks reuse a few escalation paths and diagrams; this draws a different one for every SOP (the worst case).
  'unique-diagrams': { type: 'boolean', default: false },
} as const;

/** The flags as the header above lists them; `--help` and a mistyped flag print the list, not a stack trace. */
function parseBenchArgs() {
  const usage = `usage: npm run bench -- [${Object.keys(benchOptions)
    .map((name) => `--${name}`)
    .join('] [')}] (see scripts/bench.ts)`;
  if (process.argv.includes('--help')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ options: benchOptions });
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}

const { values } = parseBenchArgs();

function count(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    process.stderr.write(`bench: --${flag} must be a whole number; got \`${value}\`\n`);
    process.exit(2);
  }
  return number;
}

let sopCount = count('sops', values.sops);
let macroCount = count('macros', values.macros);
let runs = Math.max(1, count('runs', values.runs));
const diagramCount = count('diagrams', values.diagrams);

/** A small deterministic generator, so every run lints the same playbook. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
  };
}

const categories = [
  { id: 'intake', tags: ['triage', 'routing', 'sla'] },
  { id: 'billing', tags: ['refund', 'credit', 'chargeback', 'plan-change'] },
  { id: 'account', tags: ['login', 'two-factor', 'ownership-transfer'] },
  { id: 'incidents', tags: ['outage', 'status-page'] },
  { id: 'quality', tags: ['csat', 'tone'] },
] as const;
const channels = ['email', 'chat', 'phone', 'social', 'in-app'];
const teams = ['support-frontline', 'support-tier2', 'support-engineering', 'billing-ops', 'security'];
const subjects = ['refund', 'login', 'invoice', 'outage', 'export', 'seat', 'plan', 'webhook', 'sso', 'domain', 'trial', 'api-key'];
const verbs = ['handling', 'escalating', 'verifying', 'resolving', 'triaging', 'reopening', 'auditing'];

/** Escalation paths drawn from a few shapes, as real teams reuse theirs. */
const escalationShapes = [
  ['l1', 'l2'],
  ['l1', 'l2', 'eng'],
  ['l1', 'billing'],
  ['l1', 'l2', 'mgmt'],
];
const ownerOfTier: Record<string, string> = {
  l1: 'support-frontline',
  l2: 'support-tier2',
  eng: 'support-engineering',
  billing: 'billing-ops',
  mgmt: 'dana-whitfield',
};

const sentences = [
  'Check the customer record in the admin panel before you reply.',
  'Confirm the requester is an owner or billing admin of the workspace.',
  'Add an internal note with what you checked and what you decided.',
  'Never paste verification answers or card details into the ticket.',
  'Tag the ticket so reporting can find it later.',
  'Link the help-center article rather than pasting its text.',
  'Set the ticket to pending while you wait for the customer.',
  'Hand the ticket over with a summary the next tier can act on without rereading the thread.',
];

let sopIds = Array.from({ length: sopCount }, (_, index) => {
  const seeded = random(index + 1);
  return `${seeded.pick(verbs)}-${seeded.pick(subjects)}-${index + 1}`;
});
let macroIds = Array.from({ length: macroCount }, (_, index) => `reply-${subjects[index % subjects.length]}-${index + 1}`);

function mermaidBlock(seeded: ReturnType<typeof random>, sopIndex: number): string {
  const index = values['unique-diagrams'] ? sopIndex : 1;
  const shape = seeded.int(0, 2);
  if (shape === 0) {
    return (
      `\`\`\`mermaid\nflowchart TD\n  A[Ticket ${index} arrives] --> B{Is it urgent?}\n  B -- yes --> C[Page on-call]\n` +
      `  B -- no --> D[Queue for Tier 1]\n\`\`\``
    );
  }
  if (shape === 1) {
    return (
      `\`\`\`mermaid\nsequenceDiagram\n  participant C as Customer\n  participant A as Agent ${index}\n` +
      `  C->>A: Reports the problem\n  A-->>C: Acknowledges within the SLA\n\`\`\``
    );
  }
  return `\`\`\`mermaid\nflowchart LR\n  new[New] --> open[Open] --> pending[Pending ${index}] --> solved[Solved]\n\`\`\``;
}

function sopText(index: number): string {
  const seeded = random(index * 7919 + 13);
  const id = sopIds[index]!;
  const category = seeded.pick(categories);
  const shape = seeded.pick(escalationShapes);
  const escalation = shape
    .map((tier, step) => {
      const last = step === shape.length - 1;
      const handles = values['unique-diagrams'] ? `Cases of type ${step + 1} for ${id}` : `Cases of type ${step + 1}`;
      const within = values['unique-diagrams'] ? seeded.int(1, 8) : step + 2;
      return (
        `  - tier: ${tier}\n    owner: ${ownerOfTier[tier]}\n    handles: ${handles}\n` +
        `${last ? '' : `    when: The case needs tier ${shape[step + 1]}\n`}    within: ${within}h\n    contact: "#${ownerOfTier[tier]}"`
      );
    })
    .join('\n');
  // Every macro is listed by some SOP, as in a tidy registry; a few more are picked at random.
  const macros = [
    macroIds[index % macroIds.length],
    macroIds[(index + sopCount) % macroIds.length],
    ...Array.from({ length: seeded.int(0, 2) }, () => seeded.pick(macroIds)),
  ].filter((macro): macro is string => macro !== undefined);
  const related = Array.from({ length: seeded.int(1, 3) }, () => seeded.pick(sopIds)).filter((other) => other !== id);
  const steps = Array.from({ length: seeded.int(5, 12) }, (_, step) => {
    const link =
      step === 2
        ? ` Send [the reply](/macros/${macros[0]}/).`
        : step === 4 && related[0]
          ? ` See [the related SOP](/sops/${related[0]}/#steps).`
          : '';
    return `${step + 1}. ${seeded.pick(sentences)}${link}`;
  });
  const edgeCases = Array.from(
    { length: seeded.int(2, 6) },
    (_, item) => `- **Situation ${item + 1} for ${id}** — ${seeded.pick(sentences)} ${seeded.pick(sentences)}`,
  );
  const extra = seeded.next() < 0.5 ? `\n## Common mistakes\n\n- ${seeded.pick(sentences)}\n- ${seeded.pick(sentences)}\n` : '';
  const diagram = seeded.next() < 0.05 ? `\n## Flow\n\n${mermaidBlock(seeded, index)}\n` : '';
  // About a quarter of real SOPs hold a policy table, and some name an address or a URL.
  const table =
    seeded.next() < 0.25
      ? `\n## Policy\n\n| Situation | What we do |\n|---|---|\n| Asked within 14 days | Full refund |\n` +
        `| After ${seeded.int(15, 60)} days | Service credit |\n`
      : '';
  const contact = seeded.next() < 0.15 ? ` Write to billing@example.com or see https://status.example.com for updates.` : '';
  return `---
title: ${id.replace(/-/g, ' ')}
summary: How to handle ${id.replace(/-/g, ' ')} from first reply to resolution.
owner: ${seeded.pick(teams)}
version: ${seeded.int(1, 5)}.${seeded.int(0, 9)}.${seeded.int(0, 9)}
status: ${seeded.next() < 0.9 ? 'active' : 'shadow'}
reviewed: 2026-${String(seeded.int(6, 11)).padStart(2, '0')}-${String(seeded.int(1, 20)).padStart(2, '0')}
reviewEvery: 1y
category: ${category.id}
tags: [${seeded.pick(category.tags)}]
channels: [${seeded.pick(channels)}]
scope:
  appliesTo: Tickets about ${id.replace(/-/g, ' ')} on any paid plan.
  excludes: Trial workspaces, which the onboarding team handles.
sla:
  - { priority: high, firstResponse: 2h, update: 4h, resolve: 1d }
escalation:
${escalation}
macros: [${[...new Set(macros)].join(', ')}]
related: [${[...new Set(related)].join(', ')}]
---

## Why this matters

${seeded.pick(sentences)} ${seeded.pick(sentences)} ${seeded.pick(sentences)}${contact}
${table}
## Steps

${steps.join('\n')}

## Edge cases

${edgeCases.join('\n')}
${extra}${diagram}
## Escalation

${seeded.pick(sentences)} Follow the path above and say in the handover what you already tried.
`;
}

function macroText(index: number): string {
  const seeded = random(index * 104729 + 7);
  const category = seeded.pick(categories);
  return `---
title: Reply ${index + 1} about ${subjects[index % subjects.length]}
owner: ${seeded.pick(teams)}
reviewed: 2026-${String(seeded.int(6, 11)).padStart(2, '0')}-${String(seeded.int(1, 20)).padStart(2, '0')}
reviewEvery: 1y
status: active
category: ${category.id}
channels: [${seeded.pick(channels)}]
usage: { count: ${seeded.int(20, 500)}, since: 2026-08-01 }
source: { system: zendesk, id: ${360000000 + index} }
---
Hi {{ticket.requester.first_name}},

${seeded.pick(sentences)} I've looked into ticket #{{ticket.id}} and ${seeded.pick(['fixed it', 'passed it on', 'found the cause'])}.

${seeded.pick(sentences)}${
    seeded.next() < 0.2 ? ' You can also write to support@example.com at any time.' : ''
  }${seeded.next() < 0.1 ? ` Our [refund policy](/sops/${seeded.pick(sopIds)}/) has the details.` : ''}

Best,
{{current_user.first_name}}
`;
}

const playbookYaml = `title: Benchmark Support Playbook
timezone: America/New_York
reviewEvery: 1y
dueSoonDays: 14
categories:
${categories.map((category) => `  - { id: ${category.id}, name: ${category.id}, tags: [${category.tags.join(', ')}] }`).join('\n')}
channels: [${channels.join(', ')}]
tiers:
  - { id: l1, name: Tier 1 }
  - { id: l2, name: Tier 2 }
  - { id: billing, name: Billing }
  - { id: eng, name: Engineering }
  - { id: mgmt, name: Management }
macros: { archiveBelow: 5 }
`;

const teamYaml = `people:
  - { id: dana-whitfield, name: Dana Whitfield, role: Director of Support, email: dana@example.com }
  - { id: luis-ortega, name: Luis Ortega, role: Tier 1 lead, email: luis@example.com }
teams:
${teams.map((team) => `  - { id: ${team}, name: ${team}, lead: luis-ortega, members: [luis-ortega], contact: "#${team}" }`).join('\n')}
`;

function generate(root: string, sops = sopCount, macros = macroCount): void {
  sopCount = sops;
  macroCount = macros;
  sopIds = Array.from({ length: sopCount }, (_, index) => {
    const seeded = random(index + 1);
    return `${seeded.pick(verbs)}-${seeded.pick(subjects)}-${index + 1}`;
  });
  macroIds = Array.from({ length: macroCount }, (_, index) => `reply-${subjects[index % subjects.length]}-${index + 1}`);
  mkdirSync(path.join(root, 'content', 'sops'), { recursive: true });
  mkdirSync(path.join(root, 'content', 'macros'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'playbook.yaml'), playbookYaml);
  writeFileSync(path.join(root, 'content', 'team.yaml'), teamYaml);
  sopIds.forEach((id, index) => writeFileSync(path.join(root, 'content', 'sops', `${id}.mdx`), sopText(index)));
  macroIds.forEach((id, index) => writeFileSync(path.join(root, 'content', 'macros', `${id}.md`), macroText(index)));
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
const mebibytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const node = process.execPath;
const sop = path.join(projectRoot, 'bin', 'sop.js');
const anchorsDir = values.anchors ?? process.env.SOP_BENCH_ANCHORS;

/** One line per figure: what, measured, target, anchor, ratio, and the load averages while it ran. */
function report(what: string, measured: string, target: string, anchor = '', ratio = ''): void {
  process.stdout.write(`| ${what} | ${measured} | ${target} | ${anchor} | ${ratio} | ${load()} |\n`);
}

interface Measured {
  wall: number;
  cpu: number;
  peak: number;
}

async function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; memoryIntervalMs?: number } = {},
): Promise<Measured & { code: number | null; stdout: string; stderr: string }> {
  const run = await runMeasured(command, args, options);
  if (run.code !== 0 && run.code !== 1)
    process.stderr.write(
      `bench: \`${path.basename(command)} ${args.slice(0, 2).join(' ')}\` exited ${run.code}: ` +
        `${run.stderr.trim().split('\n').slice(-3).join(' / ')}\n`,
    );
  return { wall: run.wallMs, cpu: run.cpuMs, peak: run.peakRssBytes, code: run.code, stdout: run.stdout, stderr: run.stderr };
}

/** Medians of `runs` runs of each command, the commands taking turns. */
async function alternate(commands: Array<() => Promise<Measured>>, before?: (index: number) => void): Promise<Measured[]> {
  const samples: Measured[][] = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, command] of commands.entries()) {
      before?.(index);
      samples[index]!.push(await command());
    }
  }
  return samples.map((list) => ({
    wall: median(list.map((item) => item.wall)),
    cpu: median(list.map((item) => item.cpu)),
    peak: Math.max(...list.map((item) => item.peak)),
  }));
}

const describeRun = (run: Measured) => `${seconds(run.wall)} wall, ${seconds(run.cpu)} CPU, ${mebibytes(run.peak)} peak`;
const ratioOf = (ours: number, theirs: number) => (theirs > 0 ? (ours / theirs).toFixed(2) : '');

function gitIn(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

/** A `git` first on PATH that logs each start: how many git processes one command runs. */
function gitCounter(folder: string): { env: NodeJS.ProcessEnv; count(): number; reset(): void } {
  const bin = path.join(folder, 'git-counter');
  const log = path.join(folder, 'git-calls.log');
  mkdirSync(bin, { recursive: true });
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
  return {
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
    count: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0),
    reset: () => writeFileSync(log, ''),
  };
}

/**
 * Where the outputs and caches of earlier runs go before a cold build, deleted once the bench is done. Deleting them
 * (10,000 to 20,000 files a run) just before the next build made that build wait on the disk: ext4 without a journal,
 * as on this machine, skips every inode freed in the last minute or so when it allocates one (`recently_deleted` in
 * `__ext4_new_inode`, about 70 % of the kernel time of Node's I/O threads in `perf`), so each file the build created
 * cost more the more files had just been deleted. A build on a fresh CI runner or a fresh clone pays none of that.
 * Both compared builds have their previous output moved aside the same way.
 */
let setAsideFolder = '';
let setAsideCount = 0;

function setAside(folder: string): void {
  if (!existsSync(folder)) return;
  mkdirSync(setAsideFolder, { recursive: true });
  try {
    renameSync(folder, path.join(setAsideFolder, String(setAsideCount++)));
  } catch {
    // Another file system (an --anchors folder elsewhere): no rename across it.
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Lint cache and diagram verdicts of a playbook without node_modules live in the temp folder: removed for a cold run. */
function clearLintCache(root: string): void {
  rmSync(path.dirname(lintCacheFile(root)), { recursive: true, force: true });
}

/** A Starlight 0.42 site of the same SOPs (no macros, no lint), built by the anchors' Astro. */
function starlightSite(root: string): string | undefined {
  if (!anchorsDir || !existsSync(path.join(anchorsDir, 'node_modules', '@astrojs', 'starlight'))) return undefined;
  const site = mkdtempSync(path.join(anchorsDir, 'site-'));
  mkdirSync(path.join(site, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    path.join(site, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      "export default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n",
  );
  writeFileSync(
    path.join(site, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: " +
      'docsLoader(), schema: docsSchema() }) };\n',
  );
  cpSync(path.join(root, 'content', 'sops'), path.join(site, 'src', 'content', 'docs', 'sops'), { recursive: true });
  writeFileSync(
    path.join(site, 'src', 'content', 'docs', 'index.mdx'),
    '---\ntitle: Bench\n---\n\nThe same SOPs as sop-playbook builds.\n',
  );
  return site;
}

/**
 * Lint, cold (no cache), on its default one thread and with two (`--jobs 2`), against markdownlint-cli2 on the
 * same SOP files; ratios of wall and of CPU time.
 */
async function benchColdLint(files: string, root: string): Promise<Measured> {
  const lintArgs = [sop, 'lint', '--root', root, '--today', today, '--format', 'json', '--no-cache'];
  const markdownlint = anchorsDir ? path.join(anchorsDir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs') : undefined;
  const hasMarkdownlint = markdownlint !== undefined && existsSync(markdownlint);
  const [coldLint, twoThreads, mdl] = await alternate([
    () => measure(node, lintArgs),
    () => measure(node, [...lintArgs, '--jobs', '2']),
    ...(hasMarkdownlint ? [() => measure(node, [markdownlint, 'content/sops/*.mdx'], { cwd: root })] : []),
  ]);
  const ratios = (run: Measured) => (mdl ? `${ratioOf(run.wall, mdl.wall)} wall, ${ratioOf(run.cpu, mdl.cpu)} CPU` : '');
  const anchor = mdl ? describeRun(mdl) : 'skipped: no --anchors';
  report(`lint cold, ${files}`, describeRun(coldLint!), '≤ 0.7x markdownlint-cli2', anchor, ratios(coldLint!));
  report(`lint cold, two threads (--jobs 2), ${files}`, describeRun(twoThreads!), '', anchor, ratios(twoThreads!));
  return coldLint!;
}

async function benchPlaybook(label: string, root: string, sops: number, options: { large: boolean }): Promise<void> {
  const files = `${sops.toLocaleString('en')} SOPs, ${label}`;
  const counter = gitCounter(path.join(root, '..'));
  const lintArgs = [sop, 'lint', '--root', root, '--today', today, '--format', 'json'];
  const coldLint = await benchColdLint(files, root);
  counter.reset();
  await measure(node, lintArgs, { env: counter.env });
  report(`git processes in one lint, ${files}`, String(counter.count()), 'a fixed handful (≤ 6), not one per file');
  const [warmLint] = await alternate([() => measure(node, lintArgs)]);
  report(
    `lint with a warm cache, nothing changed (the kept report), ${files}`,
    describeRun(warmLint!),
    options.large ? '≤ 3 s wall' : '',
    `cold: ${seconds(coldLint.wall)}`,
    ratioOf(warmLint!.wall, coldLint.wall),
  );
  // The same with one SOP's body changed before each run: that file is linted again, every other file's findings are
  // kept, and the rules that look across files run over all of them.
  const changing = path.join(root, 'content', 'sops', `${sopIds[1] ?? sopIds[0]}.mdx`);
  const unchanged = readFileSync(changing, 'utf8');
  let edits = 0;
  const [oneChanged] = await alternate([() => measure(node, lintArgs)], () =>
    writeFileSync(changing, `${unchanged}\nEdited ${++edits} times.\n`),
  );
  writeFileSync(changing, unchanged);
  report(
    `lint with a warm cache, one SOP changed, ${files}`,
    describeRun(oneChanged!),
    '',
    `cold: ${seconds(coldLint.wall)}`,
    ratioOf(oneChanged!.wall, coldLint.wall),
  );

  // A saved file in `sop lint --watch`: the session it runs, in this process, after a first run.
  const { createLintSession } = await import('../src/node/lint-session.ts');
  const { defaultLayout } = await import('../src/node/read-playbook.ts');
  const { parsePlainDate } = await import('../src/core/dates.ts');
  const session = createLintSession({ layout: defaultLayout(root), today: () => parsePlainDate(today)!, base: 'HEAD', warn: () => {} });
  await session.run();
  const edited = path.join(root, 'content', 'sops', `${sopIds[0]}.mdx`);
  const original = readFileSync(edited, 'utf8');
  const watchTimes: number[] = [];
  for (let run = 0; run < Math.max(runs, 3); run++) {
    writeFileSync(edited, original.replace('## Steps', run % 2 === 0 ? '## Stepz' : '## Steps'));
    const start = performance.now();
    await session.run([edited]);
    watchTimes.push(performance.now() - start);
  }
  writeFileSync(edited, original);
  report(`sop lint --watch, findings for a saved file, ${files}`, `${Math.round(median(watchTimes))} ms`, sops <= 1000 ? '≤ 300 ms' : '');

  if (values['skip-builds']) return;
  // Builds: cold (fresh output, no caches) against Starlight; then a rebuild after one SOP changed.
  // At 10,000 SOPs the target is against the 1,000-SOP build, not Starlight, whose build of 10,000 pages alone takes
  // longer than the rest of the bench: it is built only beside the 1,000.
  const site = options.large ? undefined : starlightSite(root);
  const astroBin = anchorsDir ? path.join(anchorsDir, 'node_modules', 'astro', 'bin', 'astro.mjs') : '';
  const out = path.join(root, '..', `out-${label.replace(/\W+/g, '-')}`);
  const cacheDir = path.join(root, '..', 'sop-cache');
  const buildEnv = { ...process.env, SOP_CACHE_DIR: cacheDir, SOP_TODAY: today };
  const [coldBuild, starlight] = await alternate(
    [
      // The 10,000-SOP build's figure is its memory peak (Pagefind's is a short spike), so its tree is sampled every 100 ms.
      () =>
        measure(node, [sop, 'build', '--root', root, '--today', today, '--out', out], {
          env: buildEnv,
          memoryIntervalMs: options.large ? 100 : undefined,
        }),
      ...(site ? [() => measure(node, [astroBin, 'build', '--root', site], { cwd: site })] : []),
    ],
    (index) => {
      if (index !== 0) {
        setAside(path.join(site!, 'dist'));
        return;
      }
      for (const folder of [out, `${out}.astro-cache`, cacheDir]) setAside(folder);
      clearLintCache(root);
    },
  );
  if (options.large) {
    const peak = coldBuild!.peak < 2 * 10 ** 9 ? 'under' : 'OVER';
    report(`sop build cold, ${files}`, `${describeRun(coldBuild!)} (${peak} 2 GB)`, 'tree < 2 GB peak');
    if (smallBuild)
      report(
        `sop build cold, ${files}, against ${smallSops.toLocaleString('en')} SOPs`,
        `${seconds(coldBuild!.wall)} wall, ${seconds(coldBuild!.cpu)} CPU`,
        '≤ 8x',
        `${seconds(smallBuild.wall)} wall, ${seconds(smallBuild.cpu)} CPU`,
        `${ratioOf(coldBuild!.wall, smallBuild.wall)} wall, ${ratioOf(coldBuild!.cpu, smallBuild.cpu)} CPU`,
      );
    return;
  }
  report(
    `sop build cold, ${files}`,
    describeRun(coldBuild!),
    '≤ 0.5x Starlight',
    starlight ? describeRun(starlight) : 'skipped: no --anchors with Starlight',
    starlight ? ratioOf(coldBuild!.wall, starlight.wall) : '',
  );
  if (label.startsWith('untracked')) {
    smallBuild = coldBuild;
    smallSops = sops;
  }
  const rebuilds: Measured[] = [];
  for (let run = 0; run < runs; run++) {
    writeFileSync(edited, original.replace('Check the customer record', `Check the customer record (${run})`));
    // The build replaces its output folder whole (it renders into a folder of its own, never reading the old one) and
    // deletes the old one: moved aside first, as before a cold build, so that each rebuild does not pay for the files
    // the one before it deleted (see setAside).
    setAside(out);
    rebuilds.push(await measure(node, [sop, 'build', '--root', root, '--today', today, '--out', out], { env: buildEnv }));
  }
  writeFileSync(edited, original);
  const rebuild = {
    wall: median(rebuilds.map((item) => item.wall)),
    cpu: median(rebuilds.map((item) => item.cpu)),
    peak: Math.max(...rebuilds.map((item) => item.peak)),
  };
  report(
    `rebuild after one SOP edited, ${files}`,
    describeRun(rebuild),
    '≤ 0.25x the cold build',
    `cold: ${seconds(coldBuild!.wall)} wall, ${seconds(coldBuild!.cpu)} CPU`,
    // CPU beside wall: on a loaded machine the wall ratio mostly measures the wait for a core.
    `${ratioOf(rebuild.wall, coldBuild!.wall)} wall, ${ratioOf(rebuild.cpu, coldBuild!.cpu)} CPU`,
  );
  if (site) setAside(site);
  for (const folder of [out, `${out}.astro-cache`]) setAside(folder);
}

/** Distinct diagrams drawn cold (an empty cache) and warm (all cached), each a whole process tree, Chromium included. */
async function benchDiagrams(): Promise<void> {
  const { findChromium } = await import('../src/node/diagram-renderer.ts');
  const label = `${diagramCount.toLocaleString('en')} distinct diagrams`;
  if (!findChromium()) {
    report(label, 'skipped: no Chromium (set SOP_CHROMIUM)', '≤ 15 s cold, ≤ 1 s warm');
    return;
  }
  const cacheRoot = mkdtempSync(path.join(tmpdir(), 'sop-bench-diagrams-'));
  const draw = path.join(projectRoot, 'scripts', 'draw-diagrams.ts');
  try {
    const cold: Measured[] = [];
    const warm: Measured[] = [];
    let plan = '';
    for (let run = 0; run < runs; run++) {
      // Other diagrams on each run (another seed), into a cache of their own: every cold run draws them all.
      const args = [draw, '--count', String(diagramCount), '--seed', String(run), '--cache', path.join(cacheRoot, String(run))];
      const first = await measure(node, args);
      const drawn = JSON.parse(first.stdout || '{}') as { rendered?: number; plan?: { pages: number; batchSize: number } };
      if (drawn.rendered !== diagramCount) process.stderr.write(`bench: drew ${drawn.rendered} of ${diagramCount} diagrams\n`);
      if (drawn.plan) plan = `${drawn.plan.pages} pages, ${drawn.plan.batchSize} a batch`;
      cold.push(first);
      warm.push(await measure(node, args));
    }
    const medianOf = (list: Measured[]): Measured => ({
      wall: median(list.map((item) => item.wall)),
      cpu: median(list.map((item) => item.cpu)),
      peak: Math.max(...list.map((item) => item.peak)),
    });
    report(`${label} drawn, cold (${plan})`, describeRun(medianOf(cold)), '≤ 15 s wall');
    report(`${label}, warm (all from the cache)`, describeRun(medianOf(warm)), '≤ 1 s wall');
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const workspace = values.keep ? path.resolve(values.keep) : mkdtempSync(path.join(tmpdir(), 'sop-bench-'));
  setAsideFolder = path.join(workspace, 'set-aside');
  const { lintCacheFile: cacheFileOf } = await import('../src/node/lint-cache.ts');
  lintCacheFile = cacheFileOf;
  process.stdout.write(
    `sop-playbook bench: medians of ${runs} runs, whole processes and their process trees (wall, CPU of the tree, peak ` +
      `resident memory of the tree); last column: load averages (1, 5, 15 min)\n`,
  );
  if (!anchorsDir)
    process.stdout.write(
      'anchors skipped: pass --anchors DIR or set SOP_BENCH_ANCHORS to a folder with @astrojs/starlight@0.42, astro@7 and ' +
        'markdownlint-cli2 installed (outside this repository)\n',
    );
  process.stdout.write('| figure | sop-playbook | target | anchor | ratio | load |\n|---|---|---|---|---|---|\n');
  try {
    const small = { sops: sopCount, macros: macroCount };
    for (const committed of [false, true]) {
      const label = committed ? 'committed' : 'untracked';
      const root = path.join(workspace, `playbook-${sopCount}-${label}`);
      generate(root, small.sops, small.macros);
      gitIn(root, 'init', '-q');
      if (committed) gitIn(root, 'add', 'content');
      gitIn(root, 'commit', '-q', '--allow-empty', '-m', 'bench');
      if (values['generate-only']) continue;
      await benchPlaybook(`${label}, ${small.macros.toLocaleString('en')} macros`, root, small.sops, { large: false });
    }
    // The same files outside any git repository (no `version-not-bumped` base to read).
    const outside = mkdtempSync(path.join(tmpdir(), 'sop-bench-no-git-'));
    try {
      cpSync(path.join(workspace, `playbook-${sopCount}-untracked`, 'content'), path.join(outside, 'content'), { recursive: true });
      if (!values['generate-only'])
        await benchColdLint(`${small.sops.toLocaleString('en')} SOPs, outside git, ${small.macros.toLocaleString('en')} macros`, outside);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    if (!values['skip-diagrams'] && !values['generate-only']) await benchDiagrams();
    if (values['skip-large']) {
      process.stdout.write('10,000 SOPs skipped: --skip-large\n');
      return;
    }
    const largeSops = count('large-sops', values['large-sops']);
    const largeMacros = count('large-macros', values['large-macros']);
    const root = path.join(workspace, `playbook-${largeSops}-untracked`);
    generate(root, largeSops, largeMacros);
    gitIn(root, 'init', '-q');
    gitIn(root, 'commit', '-q', '--allow-empty', '-m', 'bench');
    if (values['generate-only']) return;
    runs = Math.max(1, count('large-runs', values['large-runs'] ?? String(runs)));
    process.stdout.write(`${largeSops.toLocaleString('en')} SOPs: medians of ${runs} runs\n`);
    await benchPlaybook(`untracked, ${largeMacros.toLocaleString('en')} macros`, root, largeSops, { large: true });
  } finally {
    rmSync(values.keep ? setAsideFolder : workspace, { recursive: true, force: true });
  }
}

let lintCacheFile: (root: string) => string = () => '';
let smallBuild: Measured | undefined;
/** How many SOPs the small build had, to name it beside the large one. */
let smallSops = 0;

await main();
