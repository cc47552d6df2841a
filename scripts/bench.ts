// `npm run bench`: generates a large synthetic playbook and times `sop lint` on it, in-process and as a process.
// Flags: --sops N (default 1000), --macros N (default 1500), --keep DIR (write the playbook there and keep it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const today = '2026-11-23';

const { values } = parseArgs({
  options: {
    sops: { type: 'string', default: '1000' },
    macros: { type: 'string', default: '1500' },
    keep: { type: 'string' },
    runs: { type: 'string', default: '3' },
    // Real playbooks reuse a few escalation paths and diagrams; this draws a different one for every SOP (the worst case).
    'unique-diagrams': { type: 'boolean', default: false },
  },
});

function count(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    process.stderr.write(`bench: --${flag} must be a whole number; got \`${value}\`\n`);
    process.exit(2);
  }
  return number;
}

const sopCount = count('sops', values.sops);
const macroCount = count('macros', values.macros);
const runs = Math.max(1, count('runs', values.runs));

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

const sopIds = Array.from({ length: sopCount }, (_, index) => {
  const seeded = random(index + 1);
  return `${seeded.pick(verbs)}-${seeded.pick(subjects)}-${index + 1}`;
});
const macroIds = Array.from({ length: macroCount }, (_, index) => `reply-${subjects[index % subjects.length]}-${index + 1}`);

function mermaidBlock(seeded: ReturnType<typeof random>, sopIndex: number): string {
  const index = values['unique-diagrams'] ? sopIndex : 1;
  const shape = seeded.int(0, 2);
  if (shape === 0) {
    return `\`\`\`mermaid\nflowchart TD\n  A[Ticket ${index} arrives] --> B{Is it urgent?}\n  B -- yes --> C[Page on-call]\n  B -- no --> D[Queue for Tier 1]\n\`\`\``;
  }
  if (shape === 1) {
    return `\`\`\`mermaid\nsequenceDiagram\n  participant C as Customer\n  participant A as Agent ${index}\n  C->>A: Reports the problem\n  A-->>C: Acknowledges within the SLA\n\`\`\``;
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
      return `  - tier: ${tier}\n    owner: ${ownerOfTier[tier]}\n    handles: ${handles}\n${last ? '' : `    when: The case needs tier ${shape[step + 1]}\n`}    within: ${within}h\n    contact: "#${ownerOfTier[tier]}"`;
    })
    .join('\n');
  // Every macro is listed by some SOP, as in a tidy registry; a few more are picked at random.
  const macros = [macroIds[index % macroIds.length], macroIds[(index + sopCount) % macroIds.length], ...Array.from({ length: seeded.int(0, 2) }, () => seeded.pick(macroIds))].filter(
    (macro): macro is string => macro !== undefined,
  );
  const related = Array.from({ length: seeded.int(1, 3) }, () => seeded.pick(sopIds)).filter((other) => other !== id);
  const steps = Array.from({ length: seeded.int(5, 12) }, (_, step) => {
    const link = step === 2 ? ` Send [the reply](/macros/${macros[0]}/).` : step === 4 && related[0] ? ` See [the related SOP](/sops/${related[0]}/#steps).` : '';
    return `${step + 1}. ${seeded.pick(sentences)}${link}`;
  });
  const edgeCases = Array.from({ length: seeded.int(2, 6) }, (_, item) => `- **Situation ${item + 1} for ${id}** — ${seeded.pick(sentences)} ${seeded.pick(sentences)}`);
  const extra = seeded.next() < 0.5 ? `\n## Common mistakes\n\n- ${seeded.pick(sentences)}\n- ${seeded.pick(sentences)}\n` : '';
  const diagram = seeded.next() < 0.05 ? `\n## Flow\n\n${mermaidBlock(seeded, index)}\n` : '';
  // About a quarter of real SOPs hold a policy table, and some name an address or a URL.
  const table =
    seeded.next() < 0.25
      ? `\n## Policy\n\n| Situation | What we do |\n|---|---|\n| Asked within 14 days | Full refund |\n| After ${seeded.int(15, 60)} days | Service credit |\n`
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

${seeded.pick(sentences)}${seeded.next() < 0.2 ? ' You can also write to support@example.com at any time.' : ''}${seeded.next() < 0.1 ? ` Our [refund policy](/sops/${seeded.pick(sopIds)}/) has the details.` : ''}

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

function generate(root: string): void {
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

async function main(): Promise<void> {
  const root = values.keep ? path.resolve(values.keep) : mkdtempSync(path.join(tmpdir(), 'sop-bench-'));
  const files = sopCount + macroCount;
  try {
    const generateStart = performance.now();
    generate(root);
    process.stdout.write(`generated ${sopCount} SOPs and ${macroCount} macros in ${seconds(performance.now() - generateStart)} at ${root}\n`);

    const processTimes: number[] = [];
    let exitCode: number | null = null;
    let summary = '';
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const child = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'sop.js'), 'lint', '--root', root, '--today', today], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      processTimes.push(performance.now() - start);
      exitCode = child.status;
      summary = child.stdout.trim().split('\n').at(-1) ?? '';
    }
    const processMedian = median(processTimes);
    // The first run also validates the mermaid diagrams; later runs find the verdicts cached.
    process.stdout.write(
      `sop lint as a process: ${seconds(processMedian)} wall (median of ${runs}: ${processTimes.map(seconds).join(', ')}; ${Math.round(files / (processMedian / 1000))} files/s), exit ${exitCode}: ${summary}\n`,
    );

    const importStart = performance.now();
    const { runCli } = await import('../src/cli/main.ts');
    const importTime = performance.now() - importStart;
    const inProcessTimes: number[] = [];
    const cpuTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      await runCli(['lint', '--root', root, '--today', today, '--format', 'json'], {
        stdout: () => {},
        stderr: (text) => process.stderr.write(text),
        cwd: root,
        env: {},
        colour: false,
        now: () => new Date(),
      });
      inProcessTimes.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    process.stdout.write(
      `sop lint in-process: first run ${seconds(inProcessTimes[0]!)}, then ${seconds(median(inProcessTimes.slice(1).length ? inProcessTimes.slice(1) : inProcessTimes))} (${Math.round(files / (median(inProcessTimes) / 1000))} files/s), ${seconds(median(cpuTimes))} of CPU; loading the modules took ${seconds(importTime)}\n`,
    );
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
}

await main();
