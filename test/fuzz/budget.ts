// How hard the fuzz tests try: a short budget in `npm test`, a long one in `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED).
const runsFromEnv = Number(process.env.FUZZ_RUNS);

/** Runs per property: `FUZZ_RUNS` when set (npm run fuzz sets 2000), else a short budget. */
const fuzzRuns = Number.isInteger(runsFromEnv) && runsFromEnv > 0 ? runsFromEnv : 40;

/** Whether this is the long run, which also climbs the size ladder higher. */
export const longRun = fuzzRuns > 40;

/** A fixed seed replays a failure: the seed and path fast-check prints go here. */
const fuzzSeed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

export const assertOptions = { numRuns: fuzzRuns, ...(fuzzSeed === undefined ? {} : { seed: fuzzSeed }) };
