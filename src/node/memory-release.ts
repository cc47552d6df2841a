// A large build's memory, given back at the moments much of it has just become garbage. V8 keeps what a collection
// frees, and grows its heap well ahead of what is live, until its memory reducer runs, which it does only once the
// process idles; a build never idles. At 10,000 SOPs Node so held about 1.7 GB from the listing of the pages to the
// end, for about 500 MB live, beside Pagefind's process growing to 1 GB: V8's memory-reducing collection (the one it
// runs under memory pressure) after the listing and after the render brought Node to about 850 MB each time. Each
// costs about 0.2 s at 1,000 SOPs and 0.8 s at 10,000, so it runs only in a process past `largeProcessBytes`.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Resident memory past which a build gives memory back: a small build is not worth the collections' time. */
export const largeProcessBytes = 1024 * 2 ** 20;

/** How many times what it held after the last release a large process may grow to before it gives memory back again. */
export const growthBeforeRelease = 1.4;

/** Calls of `MemoryReleaser.grew` between two readings of resident memory. */
const callsPerReading = 100;

let memoryReducingCollection: (() => void) | null | undefined;

/** V8's memory-reducing collection, synchronous; null where this Node offers none. */
function memoryReducing(): (() => void) | null {
  if (memoryReducingCollection !== undefined) return memoryReducingCollection;
  memoryReducingCollection = null;
  try {
    // The flag gives `gc` to the contexts created while it is set, never to the program's own global; it is cleared at
    // once, so that no other code's context gets one.
    v8.setFlagsFromString('--expose-gc');
    let gc: unknown;
    try {
      gc = vm.runInNewContext('gc');
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
    if (typeof gc === 'function') {
      const collect = gc as (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
      memoryReducingCollection = () => collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    }
  } catch {
    // A Node without the flag or the options: the build runs as before, holding what V8 keeps.
  }
  return memoryReducingCollection;
}

export interface MemoryReleaseOptions {
  /** The process's resident memory in bytes (`process.memoryUsage.rss`). */
  residentBytes?: () => number;
  /** Gives back what the process holds unused (V8's memory-reducing collection). */
  collect?: () => void;
  /** Resident memory below which nothing is collected (`largeProcessBytes`). */
  floorBytes?: number;
  /** `growthBeforeRelease`. */
  growth?: number;
}

/** When a build gives memory back: at the moments it is told much just became garbage, and as it grows in between. */
export class MemoryReleaser {
  readonly #residentBytes: () => number;
  readonly #collect: () => void;
  readonly #floorBytes: number;
  readonly #growth: number;
  /** Resident memory after the last release; 0 before the first. */
  #heldAfterRelease = 0;
  #calls = 0;
  #releases = 0;

  constructor(options: MemoryReleaseOptions = {}) {
    this.#residentBytes = options.residentBytes ?? (() => process.memoryUsage.rss());
    this.#collect = options.collect ?? (() => memoryReducing()?.());
    this.#floorBytes = options.floorBytes ?? largeProcessBytes;
    this.#growth = options.growth ?? growthBeforeRelease;
  }

  /** Much just became garbage (the pages are listed, or all rendered): gives memory back if the process is large. */
  release(): boolean {
    return this.#releaseIf(this.#residentBytes() >= this.#floorBytes);
  }

  /**
   * Called as work goes on (each page rendered): gives memory back once a large process has grown `growth` times past
   * what it held after the last release. Reads resident memory only every hundredth call.
   */
  grew(): boolean {
    this.#calls += 1;
    if (this.#calls % callsPerReading !== 0) return false;
    const resident = this.#residentBytes();
    return this.#releaseIf(resident >= this.#floorBytes && resident >= this.#heldAfterRelease * this.#growth);
  }

  /** How many times memory was given back. */
  get releases(): number {
    return this.#releases;
  }

  #releaseIf(large: boolean): boolean {
    if (!large) return false;
    this.#collect();
    this.#releases += 1;
    this.#heldAfterRelease = this.#residentBytes();
    return true;
  }
}
