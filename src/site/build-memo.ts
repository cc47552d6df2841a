// What a build derived from each file, kept for the next in Astro's cache folder under a hash of the code (src, schemas,
// lockfile): a rebuild after one edit derives it again for the edited file only. A memo is one JSON file of entries by key.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import settings from 'virtual:sop-playbook/site';
import { buildMemoFile } from './build-memo-files.ts';

export interface BuildMemo<Value> {
  /** The value kept under `key`, else `make()`'s, kept for the next build. */
  get(key: string, make: () => Value): Value;
  /** Writes this build's entries (only those it asked for), when any was new or any went unused. */
  save(): void;
}

/** A memo in `<Astro cache folder>/sop-playbook-<name>.json`; without a cache folder (dev) it remembers nothing. */
export function buildMemo<Value>(name: string): BuildMemo<Value> {
  const where = settings.buildCache;
  const file = where ? buildMemoFile(where.folder, name) : undefined;
  let known: Record<string, Value> = {};
  if (file && where) {
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as { code: string; entries: Record<string, Value> };
      if (kept.code === where.code) known = kept.entries;
    } catch {
      // No memo yet, or one left unreadable: start afresh.
    }
  }
  const used: Record<string, Value> = {};
  let added = 0;
  return {
    get(key, make) {
      if (key in used) return used[key]!;
      let value = known[key];
      if (value === undefined) {
        value = make();
        added++;
      }
      return (used[key] = value);
    },
    save() {
      if (!file || !where || (added === 0 && Object.keys(used).length === Object.keys(known).length)) return;
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ code: where.code, entries: used }));
      renameSync(temporary, file);
    },
  };
}
