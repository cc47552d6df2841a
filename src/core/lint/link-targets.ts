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
        if (attribute.name !== 'href' && attribute.name !== 'src' && attribute.name !== 'captions') continue;
        found.push({
          url: attribute.value,
          kind: attribute.name === 'href' ? 'link' : 'image',
          range: rangeOf(attribute.position) ?? rangeOf(node.position),
        });
      }
    }
    if (node.children) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** Only files that hold a link or image need their tree walked: most macros hold none. */
export function mayHoldLinks(text: string): boolean {
  return text.includes('](') || text.includes(']:') || text.includes('href') || text.includes('src') || text.includes('captions');
}
