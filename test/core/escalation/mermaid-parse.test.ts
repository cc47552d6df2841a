// @vitest-environment happy-dom
// Mermaid's own parser, under happy-dom as the `invalid-diagram` rule runs it, accepts every generated
// flowchart however hostile the text in it, and never reads a directive out of a label.
import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { escalationFlowchart } from '../../../src/core/escalation/flowchart.ts';
import { escalationPath } from '../../../src/core/escalation/path.ts';
import { directory } from './directory.ts';
import { hostilePath, hostileTexts, refundPath, refundSla } from './paths.ts';

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

const parses = async (source: string | undefined) => {
  expect(source).toBeDefined();
  return mermaid.parse(source ?? '');
};

describe('generated flowcharts', () => {
  it('parse as flowcharts', async () => {
    await expect(parses(escalationFlowchart(escalationPath(refundPath, directory), { sla: refundSla }))).resolves.toMatchObject({
      diagramType: 'flowchart-v2',
    });
  });

  it('parse with hostile labels, leaving the directive inside them unread', async () => {
    const result = await parses(escalationFlowchart(escalationPath(hostilePath, directory)));
    expect(result).toMatchObject({ diagramType: 'flowchart-v2' });
    // Only the generated frontmatter's layout: nothing from the `%%{init}%%` typed into a label.
    expect('config' in result ? result.config : {}).toEqual({ layout: 'dagre' });
  });

  it('parse whatever text a manager writes in any field', async () => {
    const text = fc.oneof(fc.constantFrom(...hostileTexts), fc.string({ unit: 'binary', maxLength: 40 }));
    const paths = fc.sample(fc.array(fc.record({ handles: text, when: text, contact: text }), { minLength: 1, maxLength: 3 }), {
      numRuns: 100,
      seed: 5,
    });
    const sources = paths.map(
      (steps) =>
        escalationFlowchart(
          escalationPath(
            steps.map((step, index) => ({ tier: ['l1', 'l2', 'eng'][index] ?? 'l1', owner: 'billing-ops', ...step })),
            directory,
          ),
        ) ?? '',
    );
    const rejected: string[] = [];
    for (const source of sources) if (!(await mermaid.parse(source, { suppressErrors: true }))) rejected.push(source);
    expect(rejected).toEqual([]);
  });
});
