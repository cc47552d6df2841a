// Adapter: where an import looks for the images and attachments its documents name, on disk.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AssetLookup } from '../core/authoring/import/assets.ts';

/** How far above the import folder to look for a handbook's `static/` or `assets/` folder (Hugo: `content/handbook/x/`). */
const levelsUp = 6;
const assetFolderNames = ['static', 'assets', 'public'];

/**
 * `static/`, `assets/` and `public/` folders in the import folder and beside each folder above it (and the folder that holds them),
 * nearest first, stopping at a repository's root.
 */
export function assetLookup(importFolder: string): AssetLookup {
  const searchFolders: string[] = [];
  let folder = path.resolve(importFolder);
  for (let level = 0; level <= levelsUp; level++) {
    const found = assetFolderNames.map((name) => path.join(folder, name)).filter(isFolder);
    // The folder holding `static/` is the site's root, from which some pages write `static/images/…` as it stands in the repository.
    if (found.length > 0 && level > 0) found.push(folder);
    for (const candidate of found) searchFolders.push(path.relative(importFolder, candidate).split(path.sep).join('/'));
    const parent = path.dirname(folder);
    if (parent === folder || existsSync(path.join(folder, '.git'))) break;
    folder = parent;
  }
  return { searchFolders, exists: (pathFromImport) => isFile(path.join(importFolder, pathFromImport)) };
}

function isFolder(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}
