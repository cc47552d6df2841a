// Links between imported files point at their SOP pages, with anchors matched to the playbook's heading slugs.
import type { Definition, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { joinPath } from '../../links.ts';
import { routes } from '../../routes.ts';
import { offsets, type TextEdit } from './text-edits.ts';
import type { BodyRewriteOptions } from './rewrite-body.ts';
import { isLocalUrl as isLocal, locateAsset, looksLikeAttachment, type AssetCopy } from './assets.ts';
import { matchAnchor } from './heading-anchors.ts';

export interface LinkEdits {
  edits: TextEdit[];
  /** Links now pointing at imported SOP pages. */
  pageLinks: number;
  /** Links to a heading of the same page, now with the anchor the page gives that heading. */
  ownAnchors: number;
  left: number;
  /** Local images and attachments that were found nowhere in the source tree, as written, once each. */
  missingAssets: string[];
  /** Images and attachments found, to copy into the playbook; their links now point at the copies. */
  assets: AssetCopy[];
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Relative links resolve from the file; site-absolute ones (`/before/roles/`, as static-site generators write them) from the import
 * folder.
 */
function targetId(options: BodyRewriteOptions, url: string): string | undefined {
  const directory =
    url.startsWith('/') || !options.sourcePath.includes('/') ? '' : options.sourcePath.slice(0, options.sourcePath.lastIndexOf('/'));
  const resolved = joinPath(directory, decoded(url));
  if (resolved === undefined) return undefined;
  const bare = resolved.replace(/\/$/, '').replace(/\.html?$/, '');
  const candidates = [resolved, bare, `${bare}.md`, `${bare}.markdown`, `${bare}.mdx`, `${bare}/index.md`, `${bare}/README.md`];
  // Saved sites link to pages by pretty URLs (`../roles/`), which are `roles.html` or `roles/index.html` on disk.
  candidates.push(`${bare}.html`, `${bare}.htm`, `${bare}/index.html`, `${bare}/index.htm`);
  for (const candidate of candidates) {
    const id = options.idsByPath.get(candidate);
    if (id) return id;
  }
  return undefined;
}

/** Where a node's URL sits in the source, when it is written as the parser read it and no other edit covers it. */
function urlRange(source: string, node: Link | Definition | Image, taken: readonly TextEdit[]): { start: number; end: number } | undefined {
  const range = offsets(node);
  if (!range) return undefined;
  const written = source.slice(range.start, range.end);
  // The destination follows the last `](` of a link or image, or the `]:` of a definition.
  const marker = node.type === 'definition' ? written.indexOf(']:') + 2 : written.lastIndexOf('](') + 2;
  const found = marker < 2 ? undefined : writtenUrl(written, node.url, marker);
  if (!found) return undefined;
  const start = range.start + found.at;
  const end = start + found.length;
  if (taken.some((edit) => start < edit.end && end > edit.start)) return undefined;
  return { start, end };
}

/**
 * Where a URL is written, from `from` on: as the parser read it, or with backslash escapes before its punctuation, as
 * HTML pages converted to Markdown write a query (`a.png?version=1\&api=v2`).
 */
function writtenUrl(written: string, url: string, from: number): { at: number; length: number } | undefined {
  const at = written.indexOf(url, from);
  if (at !== -1) return { at, length: url.length };
  // Code units, not characters: only ASCII punctuation is escaped, and the rest is matched as it is.
  const pattern = url
    .split('')
    .map((character) => {
      const literal = character.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
      return /[!-/:-@[-`{-~]/.test(character) ? `\\\\?${literal}` : literal;
    })
    .join('');
  const match = new RegExp(pattern, 'g');
  match.lastIndex = from;
  const escaped = match.exec(written);
  return escaped ? { at: escaped.index, length: escaped[0].length } : undefined;
}

export function linkEdits(source: string, options: BodyRewriteOptions, taken: readonly TextEdit[]): LinkEdits {
  const result: LinkEdits = { edits: [], pageLinks: 0, ownAnchors: 0, left: 0, missingAssets: [], assets: [] };
  const missing = new Set<string>();
  /** An image or attachment: copied and pointed at its copy when found, listed once when not. */
  const asset = (node: Link | Definition | Image) => {
    const found = options.assets ? locateAsset(node.url, options.sourcePath, options.assets) : undefined;
    const range = found ? urlRange(source, node, taken) : undefined;
    if (!found || !range) {
      if (!found) missing.add(node.url);
      else result.left += 1;
      return;
    }
    if (!result.assets.some((copy) => copy.from === found.from)) result.assets.push(found);
    result.edits.push({ ...range, text: found.url });
  };
  visit(options.tree, (node) => {
    if (node.type === 'image') {
      if (isLocal(node.url)) asset(node);
      return;
    }
    if (node.type !== 'link' && node.type !== 'definition') return;
    const link = node;
    if (link.url.startsWith('#')) {
      // A heading of this page: renamed, or written with another tool's anchor; the title heading is the page itself.
      const hash = matchAnchor(link.url, options.anchorsById.get(options.id), decoded);
      const range = hash !== link.url ? urlRange(source, link, taken) : undefined;
      if (range) {
        result.edits.push({ ...range, text: hash === '' ? routes.sop(options.id) : hash });
        result.ownAnchors += 1;
      }
      return;
    }
    if (!isLocal(link.url)) return;
    const hashAt = link.url.indexOf('#');
    const target = hashAt === -1 ? link.url : link.url.slice(0, hashAt);
    const id = targetId(options, target);
    if (!id && looksLikeAttachment(link.url)) {
      asset(link);
      return;
    }
    const range = id ? urlRange(source, link, taken) : undefined;
    if (!id || !range) {
      result.left += 1;
      return;
    }
    const hash = matchAnchor(hashAt === -1 ? '' : link.url.slice(hashAt), options.anchorsById.get(id), decoded);
    result.edits.push({ ...range, text: `${routes.sop(id)}${hash}` });
    result.pageLinks += 1;
  });
  result.missingAssets = [...missing];
  return result;
}
