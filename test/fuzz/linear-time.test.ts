// The size ladder: four times the input must cost about four times the time, never sixteen. Ratios of
// the best of three runs, with a generous bound, so that a loaded machine does not fail the test.
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../reliability/ladder.ts';
import { longRun } from './budget.ts';
import { bytesOf, lintBytes, type FuzzFile } from './lint-bytes.ts';

const frontmatter =
  'title: Refunds\nsummary: s\nowner: billing-ops\nversion: 1.0.0\nstatus: active\nreviewed: 2026-11-01\ncategory: billing\n' +
  'scope:\n  appliesTo: x\n';
const sections = '## Steps\n\n1. Confirm.\n\n## Edge cases\n\n- **A**: b.\n\n';
const repeat = (count: number, line: (index: number) => string) => Array.from({ length: count }, (_, index) => line(index)).join('');

/**
 * One SOP that grows with `size`: each case grows one thing that once made lint or a report slow, or
 * that a rule walks. Frontmatter cases are cheap and run in `npm test`; body cases are dominated by the
 * Markdown parser, take seconds on a busy machine, and run in `npm run fuzz`.
 */
const growing: Record<string, (size: number) => string> = {
  'unknown frontmatter keys': (size) => `---\n${frontmatter}${repeat(size, (index) => `unknown${index}: v\n`)}---\n${sections}`,
  'unknown tags': (size) => `---\n${frontmatter}tags:\n${repeat(size, (index) => `  - tag-${index}\n`)}---\n${sections}`,
  'YAML comment lines': (size) => `---\n${frontmatter}${repeat(size, (index) => `# note ${index}\n`)}---\n${sections}`,
  'escalation steps': (size) =>
    `---\n${frontmatter}escalation:\n${repeat(size, (index) => `  - { tier: t${index}, owner: billing-ops, when: w }\n`)}---\n${sections}`,
  paragraphs: (size) =>
    `---\n${frontmatter}---\n${sections}${repeat(size, (index) => `Paragraph ${index} with **bold** and a [link](/sops/x/).\n\n`)}`,
  'list items': (size) => `---\n${frontmatter}---\n${sections}${repeat(size, (index) => `${index + 1}. Step ${index}\n`)}`,
  'HTML elements and expressions': (size) =>
    `---\n${frontmatter}---\n${sections}${repeat(size, (index) => `<b>x${index}</b> {value${index}}\n\n`)}`,
  'broken links': (size) => `---\n${frontmatter}---\n${sections}${repeat(size, (index) => `[a](/sops/missing-${index}/) `)}\n`,
  'invalid bytes': (size) => `---\n${frontmatter}---\n${sections}${repeat(size, () => 'caf\uFFFD\u0000 ')}\n`,
  'one long line': (size) => `---\n${frontmatter}---\n${sections}${'word '.repeat(size * 10)}\n`,
};

function lintOne(text: string): void {
  const file: FuzzFile = { slot: 'sop.mdx', name: 'refunds', bytes: bytesOf(text) };
  lintBytes([file]);
}

const quickCases = ['unknown frontmatter keys', 'unknown tags', 'YAML comment lines', 'invalid bytes', 'one long line'];

describe('lint and reports grow linearly with the input', { timeout: longRun ? 600_000 : 60_000 }, () => {
  const base = longRun ? 2_000 : 400;
  it.each(longRun ? Object.keys(growing) : quickCases)('%s', (name) => {
    const make = growing[name]!;
    const ratio = growthRatio((size) => lintOne(make(size)), base, 4);
    // Linear work gives about 4; quadratic, 16. 10 leaves room for a busy machine and fixed costs.
    expect(ratio, `${name}: 4× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(10);
  });
});
