// The authors' components as they sit in the mdast: capitalised MDX JSX elements, their props read as
// strings (a bare attribute is `true`) with where each was written. Lowercase tags are raw HTML, not ours.
import type { Nodes, Root } from 'mdast';
import type { SourceRange } from '../diagnostic.ts';

interface JsxAttributeNode {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
  position?: Nodes['position'];
}

export interface JsxElementNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttributeNode[];
  children: Nodes[];
  position?: Nodes['position'];
}

export interface ComponentProps {
  /** Each prop as written: its text, or `true` for a bare attribute. */
  values: Record<string, string | true>;
  /** Where each prop was written. */
  ranges: Map<string, SourceRange>;
  /** Props written as `{expressions}` or spreads: the site runs no author code, so they cannot be read. */
  unreadable: Array<{ name: string | undefined; range: SourceRange | undefined }>;
}

function isJsxElement(node: { type: string }): node is JsxElementNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A capitalised element name (`Callout`, `Tabs`): a component, as opposed to an HTML tag. */
export function isComponentElement(node: { type: string }): node is JsxElementNode & { name: string } {
  return isJsxElement(node) && typeof node.name === 'string' && /^[A-Z]/.test(node.name);
}

export function rangeOf(position: Nodes['position'] | undefined): SourceRange | undefined {
  if (!position) return undefined;
  return { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column };
}

export function readProps(node: JsxElementNode): ComponentProps {
  const values: Record<string, string | true> = {};
  const ranges = new Map<string, SourceRange>();
  const unreadable: ComponentProps['unreadable'] = [];
  for (const attribute of node.attributes) {
    const range = rangeOf(attribute.position);
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      unreadable.push({ name: undefined, range });
      continue;
    }
    if (range) ranges.set(attribute.name, range);
    if (attribute.value === null || attribute.value === undefined) values[attribute.name] = true;
    else if (typeof attribute.value === 'string') values[attribute.name] = attribute.value;
    else unreadable.push({ name: attribute.name, range });
  }
  return { values, ranges, unreadable };
}

/** Every component element in the tree, outermost first, each with the components it sits in. */
export function componentElements(tree: Root): Array<{ node: JsxElementNode & { name: string }; ancestors: string[] }> {
  const found: Array<{ node: JsxElementNode & { name: string }; ancestors: string[] }> = [];
  const walk = (node: Nodes, ancestors: string[]): void => {
    let inside = ancestors;
    if (isComponentElement(node)) {
      found.push({ node, ancestors });
      inside = [...ancestors, node.name];
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, inside);
  };
  walk(tree, []);
  return found;
}

/**
 * The `<Tab>` elements of a `<Tabs>`, and anything else it holds. A tab written on one line
 * (`<Tab channel="chat">In chat.</Tab>`) parses inside a paragraph; such paragraphs count as their tabs.
 */
export function tabsOf(node: JsxElementNode): { tabs: Array<JsxElementNode & { name: string }>; other: Nodes[] } {
  const tabs: Array<JsxElementNode & { name: string }> = [];
  const other: Nodes[] = [];
  const isTab = (child: Nodes) => isComponentElement(child) && child.name === 'Tab';
  const blank = (child: Nodes) => child.type === 'text' && child.value.trim() === '';
  for (const child of node.children) {
    if (isTab(child)) tabs.push(child as unknown as JsxElementNode & { name: string });
    else if (child.type === 'paragraph' && child.children.some(isTab)) {
      for (const inner of child.children) {
        if (isTab(inner)) tabs.push(inner as unknown as JsxElementNode & { name: string });
        else if (!blank(inner)) other.push(inner);
      }
    } else if (!blank(child) && !(child.type === 'paragraph' && child.children.every(blank))) other.push(child);
  }
  return { tabs, other };
}
