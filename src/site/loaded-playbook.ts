// The playbook `sop build` has already loaded and linted, handed to the pages it renders in the same process,
// so its 25,000 files are not read and parsed again. Astro renders pages from a bundle of their own, with their
// own copy of every module, so a module variable cannot carry it across; a process-wide registry under a
// well-known symbol can. The key (root, today, preview) travels in the site settings. When the pages are done,
// withdrawing the playbook also lets the pages' side drop what it built from it (bodies, collections), so that
// memory is free again before Pagefind indexes the site.
//
// The same handover carries files back: the AI outputs of each SOP and macro (thousands of small Markdown and JSON
// files) are worked out by the pages' side, where their build memos live, and written by the integration in one
// parallel pass after the pages, rather than rendered one Astro endpoint at a time (more than half of a cold build).
import type { Playbook } from '../core/model.ts';

interface Handover {
  playbook: Playbook;
  /** Called when the build is done with the playbook. */
  onWithdraw: Array<() => void>;
  /** Files the pages' side worked out for the integration to write: site path to text. */
  files: Map<string, string>;
}

/** What the integration keeps of a handover: withdrawing it, and the files handed back. */
export interface PlaybookHandover {
  withdraw(): void;
  /** The files the pages handed back (`handBackFiles`), by site path; read once the pages are rendered. */
  files: ReadonlyMap<string, string>;
}

const registryKey = Symbol.for('sop-playbook.loaded-playbooks');

function registry(): Map<string, Handover> {
  const holder = globalThis as { [registryKey]?: Map<string, Handover> };
  return (holder[registryKey] ??= new Map<string, Handover>());
}

/** Offers `playbook` to the pages under `key`; `withdraw` when the pages are rendered. */
export function handOverPlaybook(key: string, playbook: Playbook): PlaybookHandover {
  const handover: Handover = { playbook, onWithdraw: [], files: new Map() };
  registry().set(key, handover);
  return {
    withdraw: () => {
      if (registry().get(key) !== handover) return;
      registry().delete(key);
      for (const release of handover.onWithdraw) release();
    },
    files: handover.files,
  };
}

/** The playbook handed over under `key`, if any; `release` runs when it is withdrawn. */
export function handedOverPlaybook(key: string, release: () => void): Playbook | undefined {
  const handover = registry().get(key);
  handover?.onWithdraw.push(release);
  return handover?.playbook;
}

/**
 * Hands `files` (site path to text) to the integration that handed over the playbook under `key`, to write after the
 * pages; false when nothing was handed over (dev, `astro sync`), and the pages must publish them themselves.
 */
export function handBackFiles(key: string | undefined, files: Iterable<readonly [string, string]>): boolean {
  const handover = key === undefined ? undefined : registry().get(key);
  if (!handover) return false;
  for (const [sitePath, text] of files) handover.files.set(sitePath, text);
  return true;
}
