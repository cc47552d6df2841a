// Links between imported files point at their SOP pages, with anchors matched to the playbook's heading slugs.
import type { Definition, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { isExternalUrl, joinPath } from '../../links.ts';
import { routes } from '../../routes.ts';
import { offsets, type TextEdit } from './text-edits.ts';
import type { BodyRewriteOptions } from './rewrite-body.ts';

export interface LinkEdits {
  edits: TextEdit[];
  left: number;
  images: number;
}

function isLocal(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !isExternalUrl(url);
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Relative links resolve from the file; site-absolute ones (`/before/roles/`, as static-site generators write them) from the import folder. */
function targetId(options: BodyRewriteOptions, url: string): string | undefined {
  const directory = url.startsWith('/') || !options.sourcePath.includes('/') ? '' : options.sourcePath.slice(0, options.sourcePath.lastIndexOf('/'));
  const resolved = joinPath(directory, decoded(url));
  if (resolved === undefined) return undefined;
  const bare = resolved.replace(/\/$/, '').replace(/\.html?$/, '');
  for (const candidate of [resolved, bare, `${bare}.md`, `${bare}.markdown`, `${bare}.mdx`, `${bare}/index.md`, `${bare}/README.md`]) {
    const id = options.idsByPath.get(candidate);
    if (id) return id;
  }
  return undefined;
}

function squash(anchor: string): string {
  return anchor.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Another tool's slug (`#a-b` for `A - B`) to the playbook's (`#a---b`) when only punctuation differs. */
function matchAnchor(hash: string, anchors: readonly string[] | undefined): string {
  if (hash === '' || !anchors) return hash;
  const wanted = decoded(hash.slice(1));
  if (anchors.includes(wanted)) return `#${wanted}`;
  const match = anchors.find((anchor) => squash(anchor) === squash(wanted));
  return match === undefined ? hash : `#${match}`;
}

export function linkEdits(source: string, options: BodyRewriteOptions, taken: readonly TextEdit[]): LinkEdits {
  const result: LinkEdits = { edits: [], left: 0, images: 0 };
  visit(options.tree, (node) => {
    if (node.type === 'image') {
      if (isLocal((node as Image).url)) result.images += 1;
      return;
    }
    if (node.type !== 'link' && node.type !== 'definition') return;
    const link = node as Link | Definition;
    if (!isLocal(link.url)) return;
    const hashAt = link.url.indexOf('#');
    const target = hashAt === -1 ? link.url : link.url.slice(0, hashAt);
    const id = targetId(options, target);
    const range = offsets(link);
    if (!id || !range) {
      result.left += 1;
      return;
    }
    const written = source.slice(range.start, range.end);
    // The destination follows the last `](` of a link, or the `]:` of a definition.
    const marker = node.type === 'link' ? written.lastIndexOf('](') + 2 : written.indexOf(']:') + 2;
    const at = marker < 2 ? -1 : written.indexOf(link.url, marker);
    const start = range.start + at;
    if (at === -1 || taken.some((edit) => start < edit.end && start + link.url.length > edit.start)) {
      result.left += 1;
      return;
    }
    const hash = matchAnchor(hashAt === -1 ? '' : link.url.slice(hashAt), options.anchorsById.get(id));
    result.edits.push({ start, end: start + link.url.length, text: `${routes.sop(id)}${hash}` });
  });
  return result;
}
