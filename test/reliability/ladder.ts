// Timing on a size ladder that a loaded machine cannot fool: ratios of the best of several runs, not absolute times.

/** The best of `runs` timings of `work(size)`, in milliseconds. */
function bestTime(work: (size: number) => void, size: number, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work(size);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * How much longer `work` takes on `factor` times the input: about `factor` for linear work, `factor²`
 * for quadratic. The best of three runs on each rung keeps a busy machine's pauses out of the ratio.
 */
export function growthRatio(work: (size: number) => void, size: number, factor: number, runs = 3): number {
  // One warm-up run on each rung: the first runs pay for compiling the code they reach.
  work(size);
  work(size * factor);
  const small = bestTime(work, size, runs);
  const large = bestTime(work, size * factor, runs);
  return large / Math.max(small, 1);
}
