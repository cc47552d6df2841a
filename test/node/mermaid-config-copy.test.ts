import { describe, expect, it } from 'vitest';
import { mermaidModule, mermaidModuleNames } from '../../src/node/mermaid-files.ts';
import { configCopySource, withFasterConfigCopy } from '../../src/node/mermaid-config-copy.ts';

type Copy = (config: object, merge: (target: object, source: object) => object) => Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the browser code is text spliced into Mermaid: this runs that text
const { sopConfigCopy, sopLazyConfigCopy } = new Function(`${configCopySource}; return { sopConfigCopy, sopLazyConfigCopy };`)() as {
  sopConfigCopy: Copy;
  sopLazyConfigCopy: Copy;
};
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

  it('copies a section for getConfig only when it is read, into a copy of its own each time, as the eager copy would', () => {
    const config = {
      theme: 'neutral',
      secure: ['a', 'a'],
      unset: null,
      flowchart: { padding: { x: 1 }, names: [1, 1] },
      sequence: { width: 150 },
    };
    const lazy = sopLazyConfigCopy(config, noMerge);
    expect(Object.getOwnPropertyDescriptor(lazy, 'flowchart')).toMatchObject({ get: expect.any(Function), enumerable: true });
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(sopConfigCopy(config, noMerge)));
    expect(Object.keys(lazy)).toEqual(['theme', 'secure', 'flowchart', 'sequence']);
    expect(Object.getOwnPropertyDescriptor(lazy, 'flowchart')).toMatchObject({ value: lazy.flowchart, writable: true });

    const changed = sopLazyConfigCopy(config, noMerge) as { flowchart: { padding: { x: number } }; sequence: unknown };
    changed.flowchart.padding.x = 2;
    changed.sequence = 'replaced';
    expect(changed.sequence).toBe('replaced');
    expect(config.flowchart.padding.x).toBe(1);
    expect((sopLazyConfigCopy(config, noMerge) as typeof changed).flowchart.padding.x).toBe(1);

    const frozen = Object.freeze(sopLazyConfigCopy(config, noMerge));
    expect(frozen.flowchart).toBe(frozen.flowchart);
    const merged = { merged: true };
    expect(sopLazyConfigCopy({ flowchart: { constructor: 1 } }, () => merged)).toBe(merged);
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
