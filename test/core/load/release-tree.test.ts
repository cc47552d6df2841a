// A document lets go of its parsed body on request (a large build, once its pages have what they need of it) and
// parses it again if read once more.
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadTestPlaybook, macroText, playbookFiles, sopText } from '../../helpers/playbook.ts';

const playbook = () =>
  loadTestPlaybook(
    playbookFiles({
      'content/sops/refunds.mdx': sopText(),
      'content/sops/broken.mdx': sopText({ body: '## Steps\n\n1. Open <Macro id="refund-approved"\n' }),
      'content/macros/refund-approved.md': macroText(),
    }),
  );

describe('releaseTree', () => {
  it('parses the body again on the next read: the same tree, a new object', () => {
    const [sop] = playbook().sops.filter((document) => document.id === 'refunds');
    const first = sop!.tree;
    expect(sop!.tree).toBe(first);
    sop!.releaseTree();
    const again = sop!.tree;
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('reports a syntax error again after letting go', () => {
    const [sop] = playbook().sops.filter((document) => document.id === 'broken');
    const error = sop!.syntaxError;
    expect(error?.message).toBeTruthy();
    sop!.releaseTree();
    expect(sop!.syntaxError).toEqual(error);
  });

  it('leaves the tree to the collector (a control keeps it)', async () => {
    // Forced collections, so that what is measured is what is still reachable.
    v8.setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const loaded = playbook();
    const [released, kept] = loaded.sops;
    const refs = [new WeakRef(released!.tree), new WeakRef(kept!.tree)];
    released!.releaseTree();
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(refs[0]!.deref()).toBeUndefined();
    expect(refs[1]!.deref()).toBe(kept!.tree);
  });
});
