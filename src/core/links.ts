// What a URL written in an SOP or macro means: the one link classifier for lint, import and the site.
import { routes, withBase } from './routes.ts';

/** A URL with a scheme (`https:`, `mailto:`) or protocol-relative (`//cdn…`): not the playbook's to check or rewrite. */
export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** `a/b#c` as `['a/b', '#c']`; the hash keeps its `#`, and is empty when there is none. */
function splitHash(url: string): [string, string] {
  const index = url.indexOf('#');
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

function decodeUrlPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `folder` + a relative path, normalised (`a/b` + `../c/d.md` is `a/c/d.md`); undefined when `..` climbs above the start. */
export function joinPath(folder: string, relative: string): string | undefined {
  const segments = folder === '' ? [] : folder.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return segments.join('/');
}

/** The folder part of a path from the project root (`content/sops` for `content/sops/refunds.mdx`). */
const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

export type LinkTarget =
  | { kind: 'ignored' }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'route'; path: string; anchor: string }
  | { kind: 'file'; path: string; anchor: string }
  | { kind: 'outside'; path: string }
  | { kind: 'local-file' };

/**
 * Classifies a URL written in `fromFile` (a path from the project root): external and templated URLs are
 * ignored, `#x` is an anchor on the same page, `/…` a site route, anything else a file relative to `fromFile`.
 */
export function linkTarget(url: string, fromFile: string): LinkTarget {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed === '#') return { kind: 'ignored' };
  // `file:` names a file on the author's computer, which no reader can open.
  if (/^file:/i.test(trimmed)) return { kind: 'local-file' };
  if (isExternalUrl(trimmed)) return { kind: 'ignored' };
  // Help-desk placeholders (`{{help_center.url}}`) are filled in by Zendesk, not by the site.
  if (trimmed.includes('{{') || trimmed.includes('{%')) return { kind: 'ignored' };
  const [beforeHash, hash] = splitHash(trimmed);
  const anchor = decodeUrlPart(hash.slice(1));
  const pathPart = decodeUrlPart(beforeHash.replace(/\?.*$/, ''));
  if (pathPart === '') return { kind: 'anchor', anchor };
  if (pathPart.startsWith('/')) return { kind: 'route', path: pathPart, anchor };
  const resolved = joinPath(folderOf(fromFile), pathPart);
  return resolved === undefined ? { kind: 'outside', path: pathPart } : { kind: 'file', path: resolved, anchor };
}

/** The page of a content file (`content/sops/refunds.mdx` is `/sops/refunds/`), or undefined for any other path. */
export function contentFileRoute(path: string | undefined): string | undefined {
  const match = /^content\/(sops|macros)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/.exec(path ?? '');
  if (!match) return undefined;
  return match[1] === 'sops' ? routes.sop(match[2]!) : routes.macro(match[2]!);
}

/** The playbook's assets folder (screenshots, recordings, imported images), and where the site publishes it. */
export const assetsFolder = 'content/assets';
export const assetsRoute = '/assets/';

/**
 * The file a `src` written in `fromFile` names (a path from the project root) and the site path it is
 * served at: files in the assets folder at `/assets/…`, root paths from `public/`. Undefined for web
 * addresses and for files the site does not publish.
 */
export function assetFile(url: string, fromFile: string): { file: string; sitePath: string } | undefined {
  const target = linkTarget(url, fromFile);
  if (target.kind === 'route') return { file: `public${target.path}`, sitePath: target.path };
  if (target.kind !== 'file' || !target.path.startsWith(`${assetsFolder}/`)) return undefined;
  return { file: target.path, sitePath: `${assetsRoute}${target.path.slice(assetsFolder.length + 1)}` };
}

/**
 * A link as an author wrote it, made to work on the site: root paths get the base, relative links
 * to content files (`./refunds.mdx`, `../macros/refund-approved.md`) become their pages, as `broken-link` resolves them.
 */
export function resolveContentLink(url: string, base: string, fromKind: 'sop' | 'macro'): string {
  if (isExternalUrl(url) || url.startsWith('#')) return url;
  const [pathPart, hash] = splitHash(url);
  if (pathPart.startsWith('/')) return withBase(base, pathPart) + hash;
  const file = joinPath(fromKind === 'sop' ? 'content/sops' : 'content/macros', pathPart);
  const page = /\.mdx?$/.test(pathPart) ? contentFileRoute(file) : undefined;
  if (page) return withBase(base, page) + hash;
  // Files in the assets folder (`../assets/form.png`), as imports and `<Screenshot>` write them, are published at `/assets/`.
  if (file?.startsWith(`${assetsFolder}/`)) return withBase(base, `${assetsRoute}${file.slice(assetsFolder.length + 1)}`) + hash;
  return url;
}
