// The playbook `sop build` has already loaded and linted, handed to the pages it renders in the same process,
// so its 25,000 files are not read and parsed again. Astro renders pages from a bundle of their own, with their
// own copy of every module, so a module variable cannot carry it across; a process-wide registry under a
// well-known symbol can. The key (root, today, preview) travels in the site settings. When the pages are done,
// withdrawing the playbook also lets the pages' side drop what it built from it (bodies, collections), so that
// memory is free again before Pagefind indexes the site.
import type { Playbook } from '../core/model.ts';

interface Handover {
  playbook: Playbook;
  /** Called when the build is done with the playbook. */
  onWithdraw: Array<() => void>;
}

const registryKey = Symbol.for('sop-playbook.loaded-playbooks');

function registry(): Map<string, Handover> {
  const holder = globalThis as { [registryKey]?: Map<string, Handover> };
  return (holder[registryKey] ??= new Map<string, Handover>());
}

/** Offers `playbook` to the pages under `key`; returns the call that withdraws it (when the pages are rendered). */
export function handOverPlaybook(key: string, playbook: Playbook): () => void {
  const handover: Handover = { playbook, onWithdraw: [] };
  registry().set(key, handover);
  return () => {
    if (registry().get(key) !== handover) return;
    registry().delete(key);
    for (const release of handover.onWithdraw) release();
  };
}

/** The playbook handed over under `key`, if any; `release` runs when it is withdrawn. */
export function handedOverPlaybook(key: string, release: () => void): Playbook | undefined {
  const handover = registry().get(key);
  handover?.onWithdraw.push(release);
  return handover?.playbook;
}
