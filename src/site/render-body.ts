// Renders an SOP or macro body from the core's mdast to safe HTML: no raw HTML or script from content
// ever reaches the page, headings get the same anchors the linter checks, links honour the base path.
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Heading, Nodes, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { headingAnchors } from '../core/markdown/headings.ts';
import { isMermaidBlock } from '../core/markdown/mermaid-blocks.ts';
import { resolveContentLink } from '../core/links.ts';
import type { JsxElementNode } from '../core/components/jsx.ts';
import {
  createComponentRenderer,
  hasFinalAddress,
  isRenderedComponent,
  type ComponentContext,
  type ComponentUse,
} from './render-components.ts';

export interface RenderOptions {
  base: string;
  kind: 'sop' | 'macro';
  /** Pre-rendered markup for a ```mermaid block (an SVG figure), or undefined to show its source for client rendering. */
  renderDiagram?: (source: string) => string | undefined;
  /** A last pass over the hast tree before it is serialised: macro pages mark their placeholders here. */
  transform?: (tree: HastRoot) => void;
  /** The page's own title: a leading `# Title` repeating it (common in imported Markdown) is left out. */
  title?: string;
  /** Macros and asset files for the authors' components; without it components keep only their content. */
  components?: ComponentContext;
}

export interface RenderedBody {
  html: string;
  headings: Array<{ depth: number; text: string; slug: string }>;
  /** Which component scripts the page must load (tabs, enlarge, copy). */
  uses: ComponentUse;
}

type MdxNode = { type: string; children?: Nodes[]; value?: string };

/**
 * Copies the tree without what must not be rendered: frontmatter, MDX code, comments; JSX keeps its
 * children, except the site's own components, which stay for the component renderer when `components` is on.
 */
function publishable(nodes: readonly RootContent[], components = false): RootContent[] {
  const kept: RootContent[] = [];
  for (const node of nodes) {
    const type = (node as MdxNode).type;
    if (type === 'yaml' || type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') continue;
    if (components && isRenderedComponent(node)) {
      kept.push({ ...node, children: publishable(((node as MdxNode).children ?? []) as RootContent[], components) } as RootContent);
      continue;
    }
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      for (const child of publishable(((node as MdxNode).children ?? []) as RootContent[], components)) kept.push(child);
      continue;
    }
    if (node.type === 'html') {
      // Raw HTML is shown as text, never as markup; HTML comments are authors' notes and stay hidden.
      if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) kept.push({ type: 'text', value: node.value, position: node.position });
      continue;
    }
    if ('children' in node) {
      kept.push({ ...node, children: publishable(node.children, components) } as RootContent);
      continue;
    }
    kept.push(node);
  }
  return kept;
}

export function renderBody(tree: Root, options: RenderOptions): RenderedBody {
  const anchors = headingAnchors(tree);
  const slugs = new Map<Heading, string>(anchors.map((anchor) => [anchor.node, anchor.slug]));
  const copy: Root = {
    type: 'root',
    children: withoutRepeatedTitle(publishable(tree.children, options.components !== undefined), options.title),
  };
  const components = createComponentRenderer(options.components ?? { macro: () => undefined, asset: () => undefined });
  // `publishable` copies parents but keeps leaf and heading identities, so the anchor map still applies.
  const headingSlug = new Map<string, string>();
  for (const [node, slug] of slugs) if (node.position) headingSlug.set(`${node.position.start.offset}`, slug);

  const hast = toHast(copy, {
    allowDangerousHtml: false,
    handlers: {
      // Only components reach here: `publishable` keeps no other JSX element (see `isRenderedComponent`).
      mdxJsxFlowElement: (state, node: JsxElementNode & { name: string }) => components.render(state, node),
      mdxJsxTextElement: (state, node: JsxElementNode & { name: string }) => components.render(state, node),
      heading(state, node: Heading) {
        // The page has its one h1 (the title); an author's `#` headings become section headings.
        const element: Element = {
          type: 'element',
          tagName: `h${Math.max(2, node.depth)}`,
          properties: {},
          children: state.all(node),
        };
        const slug = node.position ? headingSlug.get(`${node.position.start.offset}`) : undefined;
        if (slug) element.properties.id = slug;
        state.patch(node, element);
        return state.applyData(node, element);
      },
      code(state, node: Code) {
        if (isMermaidBlock(node)) {
          const rendered = options.renderDiagram?.(node.value);
          if (rendered !== undefined) return { type: 'raw', value: rendered } as unknown as Element;
          const element: Element = {
            type: 'element',
            tagName: 'pre',
            properties: { className: ['mermaid'], dataPagefindIgnore: '' },
            children: [{ type: 'text', value: node.value }],
          };
          state.patch(node, element);
          return element;
        }
        return defaultCode(node);
      },
    },
  }) as HastRoot;
  rewriteLinks(hast, options);
  options.transform?.(hast);
  const html = toHtml(hast, { allowDangerousHtml: true });
  return { html, headings: anchors.map(({ depth, text, slug }) => ({ depth, text, slug })), uses: { ...components.use } };
}

function withoutRepeatedTitle(nodes: RootContent[], title: string | undefined): RootContent[] {
  const first = nodes[0];
  if (!title || first?.type !== 'heading' || first.depth !== 1) return nodes;
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return normalise(toString(first)) === normalise(title) ? nodes.slice(1) : nodes;
}

function defaultCode(node: Code): Element {
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: node.lang ? { className: [`language-${node.lang}`] } : {},
    children: [{ type: 'text', value: node.value }],
  };
  return { type: 'element', tagName: 'pre', properties: {}, children: [code] };
}

function rewriteLinks(node: HastRoot | Element, options: RenderOptions): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const attribute = hasFinalAddress(child) ? undefined : child.tagName === 'a' ? 'href' : child.tagName === 'img' ? 'src' : undefined;
    const value = attribute ? child.properties[attribute] : undefined;
    if (attribute && typeof value === 'string') {
      child.properties[attribute] =
        /^\s*(javascript|vbscript|data):/i.test(value) && attribute === 'href'
          ? '#'
          : resolveContentLink(value, options.base, options.kind);
    }
    rewriteLinks(child, options);
  }
}
