// What a build derived from each file, kept for the next in Astro's cache folder under a hash of the code (src, schemas,
// lockfile): a rebuild after one edit derives it again for the edited file only. A memo is one JSON file of entries by key.
import settings from 'virtual:sop-playbook/site';
import { buildMemoFile, jsonMemo, memoKey, type BuildMemo } from './build-memo-files.ts';

export { memoKey, type BuildMemo };

/** A memo in `<Astro cache folder>/sop-playbook-<name>.json`; without a cache folder (dev) it remembers nothing. */
export function buildMemo<Value>(name: string): BuildMemo<Value> {
  const where = settings.buildCache;
  return jsonMemo<Value>(where && buildMemoFile(where.folder, name), where?.code ?? '');
}
