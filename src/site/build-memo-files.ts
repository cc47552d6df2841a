// Where build memos live (src/site/build-memo.ts): beside Astro's own cache, one JSON file per memo. Also read by the
// integration, outside the pages' bundle, which forgets them all for a build that must trust nothing kept.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
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
