// Images and attachments an imported document refers to: where the file is in the source tree and where it goes
// in the playbook. Sources are laid out as their tools want (Hugo's `static/`, Docusaurus' `static/`, a `assets/`
// folder, files beside the page), so a local URL is looked for in the document's folder, the import folder,
// then in each `static/` or `assets/` folder the adapter found beside the import folder or above it.

import { assetsFolder, isExternalUrl } from '../../links.ts';

export interface AssetCopy {
  /** The file to copy, relative to the import folder (it may start with `../` when it was found in a sibling folder). */
  from: string;
  /** Where it goes, relative to the playbook root. */
  to: string;
  /** The URL the rewritten link uses. */
  url: string;
}

export interface AssetLookup {
  /** Folders beside or above the import folder to try after it, relative to it (`../static`, `../../assets`). */
  searchFolders: readonly string[];
  /** Whether a file exists at a path relative to the import folder: the adapter's one look at the disk. */
  exists(pathFromImport: string): boolean;
}

/** `a/b` + `../c` -> `a/c`; `..` segments that climb above the start stay, so sibling folders resolve. */
function join(...parts: string[]): string {
  const out: string[] = [];
  for (const segment of parts.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Only local URLs (no scheme, no `//host`, no bare `#anchor`) can point at a file in the source tree. */
export function isLocalUrl(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !isExternalUrl(url);
}

/** The file part of a URL, without query or anchor, decoded. */
function filePart(url: string): string {
  return decoded(url.replace(/[?#].*$/, ''));
}

/** Finds the file a local URL in `sourcePath` names, and the place it gets in the playbook; undefined when it is nowhere. */
export function locateAsset(url: string, sourcePath: string, lookup: AssetLookup): AssetCopy | undefined {
  const file = filePart(url);
  if (file === '' || file.endsWith('/')) return undefined;
  const folder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/')) : '';
  const rooted = file.startsWith('/');
  const candidates: Array<{ base: string; path: string }> = [];
  if (!rooted) candidates.push({ base: '', path: join(folder, file) });
  candidates.push({ base: '', path: join(file) });
  for (const search of lookup.searchFolders) candidates.push({ base: search, path: join(search, file) });
  for (const candidate of candidates) {
    // A path that climbs out of its base is not the source's to give.
    const inside = candidate.base === '' ? candidate.path : candidate.path.slice(candidate.base.length + 1);
    if (candidate.path.startsWith('../') && !candidate.path.startsWith(`${candidate.base}/`)) continue;
    if (inside === '' || inside.startsWith('../')) continue;
    if (!lookup.exists(candidate.path)) continue;
    const key = inside.split('/').map(safeSegment).join('/');
    // The playbook's one assets folder, as `<Screenshot>` uses it; imported SOPs sit in `content/sops/`, beside it.
    return { from: candidate.path, to: `${assetsFolder}/${key}`, url: `../assets/${key.split('/').map(encodeURIComponent).join('/')}` };
  }
  return undefined;
}

/** Spaces and odd characters in file names make fragile URLs; letters, digits, `.`, `-` and `_` stay. */
function safeSegment(segment: string): string {
  return segment.replace(/[^\w.-]+/g, '-');
}

/** An attachment a link (not an image) may point at: a file with an extension that is not a page. */
export function looksLikeAttachment(url: string): boolean {
  const file = filePart(url);
  return /\.[a-z0-9]{1,5}$/i.test(file) && !/\.(md|markdown|mdx|html?)$/i.test(file);
}
