// Where build memos live (src/site/build-memo.ts): beside Astro's own cache, one JSON file per memo. Also read by the
// integration, outside the pages' bundle, which forgets them all for a build that must trust nothing kept.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeCacheFile } from '../node/cache-file.ts';
import { OutputPathError } from '../node/output-path.ts';

const prefix = 'sop-playbook-';

/** The memo `name` in Astro's cache folder `folder`. */
export const buildMemoFile = (folder: string, name: string) => path.join(folder, `${prefix}${name}.json`);

/** Deletes every build memo in `folder` (`sop build --no-cache`): the build derives all again, and keeps it for the next. */
export function forgetBuildMemos(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.json')) continue;
    try {
      rmSync(path.join(folder, name), { force: true });
    } catch (error) {
      // Left in place, the memo would be trusted after all: the build stops and says which file to remove.
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const file = path.join(folder, name);
      throw new OutputPathError(`could not delete the build memo \`${file}\` (${code}); delete it and build again`, file);
    }
  }
}

/** A memo's key for a text (a file's, or the parts a value is derived from): its SHA-1. */
export const memoKey = (text: string): string => createHash('sha1').update(text).digest('hex');

export interface BuildMemo<Value> {
  /** The value kept under `key`, else `make()`'s, kept for the next build. */
  get(key: string, make: () => Value): Value;
  /** Writes this build's entries (only those it asked for), when any was new or any went unused. */
  save(): void;
}

/**
 * A memo in `file` whose entries hold while `code` (a hash of the code that derives them) is the same; without a file
 * it remembers nothing.
 */
export function jsonMemo<Value>(file: string | undefined, code: string): BuildMemo<Value> {
  let known: Record<string, Value> = {};
  if (file) {
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as { code: string; entries: Record<string, Value> };
      if (kept.code === code) known = kept.entries;
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
      if (!file || (added === 0 && Object.keys(used).length === Object.keys(known).length)) return;
      // One that cannot be written leaves the last one, whose entries still hold for their keys: the next build derives more.
      writeCacheFile(file, JSON.stringify({ code, entries: used }));
    },
  };
}
