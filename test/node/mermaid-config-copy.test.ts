import { describe, expect, it } from 'vitest';
import { mermaidModule, mermaidModuleNames } from '../../src/node/diagram-renderer.ts';
import { configCopySource, withFasterConfigCopy } from '../../src/node/mermaid-config-copy.ts';

type Copy = (config: object, merge: (target: object, source: object) => object) => Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the browser code is text spliced into Mermaid: this runs that text
const sopConfigCopy = new Function(`${configCopySource}; return sopConfigCopy;`)() as Copy;
const noMerge = () => {
  throw new Error('merge was not expected');
};

describe("the copy of Mermaid's configuration", () => {
  it('copies two levels deep, shallow below, arrays without repeats and without nulls, as assignWithDepth does', () => {
    const deep = { colour: 'red' };
    const config = {
      theme: 'neutral',
      render: () => 'kept',
      secure: ['secure', 'theme', 'secure'],
      unset: null,
      flowchart: { htmlLabels: true, padding: { x: 1 }, names: [1, 1, 2], nothing: null, deeper: { deep } },
    };
    const copy = sopConfigCopy(config, noMerge);
    expect(copy).toEqual({
      theme: 'neutral',
      render: config.render,
      secure: ['secure', 'theme'],
      flowchart: { htmlLabels: true, padding: { x: 1 }, names: [1, 2], deeper: { deep } },
    });
    const flowchart = copy.flowchart as typeof config.flowchart;
    expect(flowchart).not.toBe(config.flowchart);
    expect(flowchart.padding).not.toBe(config.flowchart.padding);
    expect(flowchart.deeper.deep).toBe(deep);
  });

  it("leaves a key Object.prototype also has, and anything but a plain object, to Mermaid's own merge", () => {
    const merged = { merged: true };
    expect(sopConfigCopy({ flowchart: { constructor: 1 } }, () => merged)).toBe(merged);
    expect(sopConfigCopy({ toString: 'x' }, () => merged)).toBe(merged);
    expect(sopConfigCopy([{ theme: 'dark' }], () => merged)).toBe(merged);
  });

  it("is spliced into the installed Mermaid's getConfig, once", async () => {
    const patched = [];
    for (const name of await mermaidModuleNames()) {
      const text = (await mermaidModule(name)) ?? '';
      if (withFasterConfigCopy(text) !== text) patched.push(name);
    }
    expect(patched).toHaveLength(1);
    expect(withFasterConfigCopy('export default 1;')).toBe('export default 1;');
  });
});
