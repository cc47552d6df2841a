// The playbook `sop build` has already loaded and linted, handed to the pages it renders in the same process,
// so its 25,000 files are not read and parsed again. Astro renders pages from a bundle of their own, with their
// own copy of every module, so a module variable cannot carry it across; a process-wide registry under a
// well-known symbol can. The key (root, today, preview) travels in the site settings. When the pages are done,
// withdrawing the playbook also lets the pages' side drop what it built from it (bodies, collections), so that
// memory is free again before Pagefind indexes the site.
//
// The same handover carries files back: the AI outputs of each SOP and macro (thousands of small Markdown and JSON
// files) are worked out by the pages' side, where their build memos live, and written by the integration as soon as they
// are handed back, rather than rendered one Astro endpoint at a time (more than half of a cold build). Written at once,
// not kept until the pages are done: at 10,000 SOPs and 15,000 macros they are about 112 million characters, which
// would stay in memory through the whole render.
import type { Playbook } from '../core/model.ts';

interface Handover {
  playbook: Playbook;
  /** Called when the build is done with the playbook. */
  onWithdraw: Array<() => void>;
  /** Writes files the pages' side worked out (site path to text) into the site being built. */
  write: (files: ReadonlyMap<string, string>) => void;
}

/** What the integration keeps of a handover: withdrawing it. */
export interface PlaybookHandover {
  withdraw(): void;
}

const registryKey = Symbol.for('sop-playbook.loaded-playbooks');

function registry(): Map<string, Handover> {
  const holder = globalThis as { [registryKey]?: Map<string, Handover> };
  return (holder[registryKey] ??= new Map<string, Handover>());
}

/**
 * Offers `playbook` to the pages under `key`; `write` puts the files they hand back (`handBackFiles`) in the site being
 * built. `withdraw` when the pages are rendered.
 */
export function handOverPlaybook(key: string, playbook: Playbook, write: (files: ReadonlyMap<string, string>) => void): PlaybookHandover {
  const handover: Handover = { playbook, onWithdraw: [], write };
  registry().set(key, handover);
  return {
    withdraw: () => {
      if (registry().get(key) !== handover) return;
      registry().delete(key);
      for (const release of handover.onWithdraw) release();
    },
  };
}

/** The playbook handed over under `key`, if any; `release` runs when it is withdrawn. */
export function handedOverPlaybook(key: string, release: () => void): Playbook | undefined {
  const handover = registry().get(key);
  handover?.onWithdraw.push(release);
  return handover?.playbook;
}

/**
 * Hands `files` (site path to text) to the integration that handed over the playbook under `key`, which writes them
 * into the site at once; false when nothing was handed over (dev, `astro sync`), and the pages must publish them
 * themselves.
 */
export function handBackFiles(key: string | undefined, files: Iterable<readonly [string, string]>): boolean {
  const handover = key === undefined ? undefined : registry().get(key);
  if (!handover) return false;
  handover.write(new Map(files));
  return true;
}
