// The record of what this browser has read: SOP id to the version last opened, in localStorage only.
// The SOP page writes it; search results read it to mark SOPs updated since.
import { bumpKind, type Bump } from '../../core/changes/versions.ts';

const storageKey = 'sop-playbook:read';

export function readVersions(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Saves the record, or forgets it all with `undefined`. */
export function writeVersions(record: Record<string, string> | undefined): void {
  try {
    if (record) localStorage.setItem(storageKey, JSON.stringify(record));
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage off: nothing is remembered, and nothing breaks.
  }
}

/** The version last read and the kind of change, when this browser read an older version of the SOP. */
export function updatedSince(sopId: string, version: string): { seen: string; bump: Bump } | undefined {
  const seen = readVersions()[sopId];
  return seen && seen !== version ? { seen, bump: bumpKind(seen, version) } : undefined;
}
