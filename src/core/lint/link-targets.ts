// Where an author's link or image points: the Markdown and MDX nodes that carry one, and what its URL means on the site.
import type { Root } from 'mdast';
import type { SourceRange } from '../diagnostic.ts';

export interface LinkReference {
  url: string;
  /** Images and `src` attributes must be files; links may be pages. */
  kind: 'link' | 'image';
  range: SourceRange | undefined;
}

interface TreeNode {
  type: string;
  url?: string;
  children?: TreeNode[];
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: TreeNode['position'] }>;
  position?: { start: { line: number; column: number }; end: { line: number; column: number } } | undefined;
}

function rangeOf(position: TreeNode['position']): SourceRange | undefined {
  if (!position) return undefined;
  return { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column };
}

/** Links, images and definitions anywhere in the tree, and the string `href`/`src` attributes of MDX JSX elements. */
export function linkReferences(tree: Root): LinkReference[] {
  const found: LinkReference[] = [];
  const walk = (node: TreeNode): void => {
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && typeof node.url === 'string') {
      found.push({ url: node.url, kind: node.type === 'image' ? 'image' : 'link', range: rangeOf(node.position) });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (attribute.name !== 'href' && attribute.name !== 'src') continue;
        found.push({
          url: attribute.value,
          kind: attribute.name === 'src' ? 'image' : 'link',
          range: rangeOf(attribute.position) ?? rangeOf(node.position),
        });
      }
    }
    if (node.children) for (const child of node.children) walk(child);
  };
  walk(tree as TreeNode);
  return found;
}

/** Only files that hold a link or image need their tree walked: most macros hold none. */
export function mayHoldLinks(text: string): boolean {
  return text.includes('](') || text.includes(']:') || text.includes('href') || text.includes('src');
}

export type LinkTarget =
  | { kind: 'ignored' }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'route'; path: string; anchor: string }
  | { kind: 'file'; path: string; anchor: string }
  | { kind: 'outside'; path: string };

/**
 * Classifies a URL written in `fromFile` (a path from the project root): external and templated URLs are
 * ignored, `#x` is an anchor on the same page, `/…` a site route, anything else a file relative to `fromFile`.
 */
export function linkTarget(url: string, fromFile: string): LinkTarget {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed === '#') return { kind: 'ignored' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return { kind: 'ignored' };
  // Help-desk placeholders (`{{help_center.url}}`) are filled in by Zendesk, not by the site.
  if (trimmed.includes('{{') || trimmed.includes('{%')) return { kind: 'ignored' };
  const hashAt = trimmed.indexOf('#');
  const beforeHash = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : decode(trimmed.slice(hashAt + 1));
  const pathPart = decode(beforeHash.replace(/\?.*$/, ''));
  if (pathPart === '') return { kind: 'anchor', anchor };
  if (pathPart.startsWith('/')) return { kind: 'route', path: pathPart, anchor };
  const folder = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
  const resolved = joinPath(folder, pathPart);
  return resolved === undefined ? { kind: 'outside', path: pathPart } : { kind: 'file', path: resolved, anchor };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `folder` + a relative path, normalised; undefined when `..` climbs above the project root. */
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
