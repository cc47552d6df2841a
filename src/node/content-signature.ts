// Adapter: a cheap fingerprint of the content folder (names, sizes, modification times), so `astro dev`
// reloads the playbook after an edit without anyone having to announce the change.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function contentSignature(root: string): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stats = statSync(full, { throwIfNoEntry: false });
        if (stats) parts.push(`${full}\0${stats.size}\0${stats.mtimeMs}`);
      }
    }
  };
  walk(path.join(root, 'content'));
  return parts.join('\n');
}
