// When a build gives memory back, and that V8's memory-reducing collection does give it back.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryReleaser } from '../../src/node/memory-release.ts';

const MiB = 2 ** 20;

/** A releaser over a pretend process: `resident` is what it holds, each collection brings it to `afterCollection`. */
function pretendProcess(options: { floorBytes?: number; growth?: number } = {}) {
  const state = { resident: 0, afterCollection: 0, collections: 0 };
  const releaser = new MemoryReleaser({
    residentBytes: () => state.resident,
    collect: () => {
      state.collections += 1;
      state.resident = state.afterCollection;
    },
    floorBytes: options.floorBytes ?? 1000 * MiB,
    growth: options.growth ?? 1.5,
  });
  return { state, releaser };
}

describe('MemoryReleaser', () => {
  it('gives memory back when told much became garbage, only in a process past the floor', () => {
    const { state, releaser } = pretendProcess();
    state.resident = 999 * MiB;
    expect(releaser.release()).toBe(false);
    expect(state.collections).toBe(0);
    state.resident = 1000 * MiB;
    state.afterCollection = 600 * MiB;
    expect(releaser.release()).toBe(true);
    expect(state.collections).toBe(1);
    expect(releaser.releases).toBe(1);
  });

  it('between such moments, gives memory back once the process has grown past what it held after the last release', () => {
    const { state, releaser } = pretendProcess();
    state.resident = 1200 * MiB;
    state.afterCollection = 700 * MiB;
    releaser.release();
    const callsUntilRelease = (resident: number) => {
      state.resident = resident;
      for (let call = 1; call <= 1000; call++) if (releaser.grew()) return call;
      return undefined;
    };
    // 1.5 x 700 MiB is 1,050 MiB: just under it, and past the floor, nothing is collected however often it is asked.
    expect(callsUntilRelease(1049 * MiB)).toBeUndefined();
    expect(state.collections).toBe(1);
    // Past it, the next reading collects: resident memory is read every hundredth call, not on every page.
    const call = callsUntilRelease(1050 * MiB);
    expect(call).toBeGreaterThan(0);
    expect(call).toBeLessThanOrEqual(100);
    expect(state.collections).toBe(2);
    // The next release is measured from what the process held after this one (700 MiB again).
    expect(callsUntilRelease(1049 * MiB)).toBeUndefined();
  });

  it('never collects in a process below the floor, however much it grew', () => {
    const { state, releaser } = pretendProcess();
    state.resident = 100 * MiB;
    state.afterCollection = 10 * MiB;
    for (let call = 0; call < 1000; call++) releaser.grew();
    expect(state.collections).toBe(0);
  });

  it('gives back, in a real Node, what V8 kept after a collection freed it', () => {
    // In a process of its own: the test's own heap would blur the figures.
    const script = `
      import { MemoryReleaser } from ${JSON.stringify(fileURLToPath(new URL('../../src/node/memory-release.ts', import.meta.url)))};
      let kept = Array.from({ length: 400 }, (_, i) => Array.from({ length: 20000 }, (_, j) => ({ i, j, s: 'x' + j })));
      const holding = process.memoryUsage.rss();
      kept = undefined;
      // An ordinary allocation-driven collection frees the objects; V8 keeps the memory.
      for (let round = 0; round < 40; round++) Array.from({ length: 100000 }, (_, j) => ({ j }));
      const before = process.memoryUsage.rss();
      const released = new MemoryReleaser({ floorBytes: 0 }).release();
      const after = process.memoryUsage.rss();
      const { runInNewContext } = await import('node:vm');
      const gcLeft = [typeof globalThis.gc, runInNewContext('typeof gc')];
      console.log(JSON.stringify({ holding, before, after, released, gcLeft }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { holding, before, after, released, gcLeft } = JSON.parse(output) as Record<string, number | boolean | string[]>;
    expect(released).toBe(true);
    expect(holding as number).toBeGreaterThan(400 * MiB);
    // V8 kept it: the objects are garbage, the memory still the process's (about 800 MiB here, without the release too).
    expect(before as number).toBeGreaterThan(400 * MiB);
    // Most of what the objects held is given back.
    expect((before as number) - (after as number)).toBeGreaterThan(200 * MiB);
    // Neither the program nor a context made later gets V8's `gc` from it.
    expect(gcLeft).toEqual(['undefined', 'undefined']);
  });
});
