// For `npm run bench`: draws --count distinct diagrams (the bench generator's three shapes, each with labels of its own) with
// the build's renderer into --cache, so that the bench can measure a cold and a warm drawing as whole process trees.
// Flags: --count N, --seed S (another seed, other diagrams), --cache DIR, --pages N, --batch N (default: the measured plan).
// Prints one line of JSON: rendered, fromCache, failed, the plan.
import { parseArgs } from 'node:util';
import { drawingPlan, findChromium, renderDiagrams } from '../src/node/diagram-renderer.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '0' },
    cache: { type: 'string' },
    pages: { type: 'string' },
    batch: { type: 'string' },
  },
});

const shapes = [
  (label: string) =>
    `flowchart TD\n  A[Ticket ${label} arrives] --> B{Is it urgent?}\n  B -- yes --> C[Page on-call]\n  B -- no --> D[Queue for Tier 1]`,
  (label: string) =>
    `sequenceDiagram\n  participant C as Customer\n  participant A as Agent ${label}\n  C->>A: Reports the problem\n` +
    `  A-->>C: Acknowledges within the SLA`,
  (label: string) => `flowchart LR\n  new[New] --> open[Open] --> pending[Pending ${label}] --> solved[Solved]`,
];
const count = Number(values.count);
const requests = Array.from({ length: count }, (_, index) => ({
  source: shapes[index % shapes.length]!(`${index}-${values.seed}`),
  id: 'sop-diagram',
}));
const plan = { pages: values.pages ? Number(values.pages) : undefined, batchSize: values.batch ? Number(values.batch) : undefined };
const result = await renderDiagrams(requests, { mode: 'svg', cacheDir: values.cache, chromium: findChromium(), ...plan });
const summary = { rendered: result.rendered, fromCache: result.fromCache, failed: result.failed.length, plan: drawingPlan(count, plan) };
process.stdout.write(`${JSON.stringify(summary)}\n`);
