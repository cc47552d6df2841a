// A full garbage collection on request. After the pages are rendered, what they built is garbage that V8 would
// only collect when it next needs room, and Node sits idle while Pagefind indexes: the two peaks added up.
// Collected first, the memory goes back to the system (V8 returns freed pages when idle) before Pagefind grows.
// Node offers no collector call without `--expose-gc`; setting that flag at run time and taking `gc` from a
// fresh context is how test runners (Jest's leak detection) do it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}
