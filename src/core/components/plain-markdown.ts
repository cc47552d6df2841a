// The authors' components as plain Markdown (mdast), for outputs that carry no components: Markdown
// twins, llms files, procedure exports. A callout becomes a quote, a macro its reply text, channel tabs
// labelled sections, a screenshot an image, a video a link. Pure: the caller supplies the macros.
import type { BlockContent, Blockquote, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { calloutKinds, type CalloutKind } from '../../../schemas/components.ts';
import { channelLabel } from './channel-label.ts';
import { isComponentElement, readProps, tabsOf, type JsxElementNode } from './jsx.ts';

export interface PlainMarkdownContext {
  /** A live macro's title and reply (its file's tree; the frontmatter node is skipped), or undefined. */
  macro(id: string): { title: string; reply: Root } | undefined;
  /** The address a screenshot or video should have in the output; default: as written. */
  assetUrl?(src: string): string;
}

const calloutLabels: Record<CalloutKind, string> = { note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger' };

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** A copy of the tree with every component replaced by plain Markdown; other nodes are kept as they are. */
export function componentsToMarkdown(tree: Root, context: PlainMarkdownContext): Root {
  return { ...tree, children: replaceAll(tree.children, context, false) as RootContent[] };
}

function replaceAll(nodes: readonly Nodes[], context: PlainMarkdownContext, inline: boolean): Nodes[] {
  return nodes.flatMap((node) => {
    if (isComponentElement(node))
      return inline || node.type === 'mdxJsxTextElement' ? inlineComponent(node, context) : blockComponent(node, context);
    if ('children' in node) {
      const phrasing =
        node.type === 'paragraph' ||
        node.type === 'heading' ||
        node.type === 'emphasis' ||
        node.type === 'strong' ||
        node.type === 'link' ||
        node.type === 'delete' ||
        node.type === 'tableCell';
      return [{ ...node, children: replaceAll(node.children as Nodes[], context, phrasing) } as Nodes];
    }
    return [node];
  });
}

function blockComponent(node: JsxElementNode & { name: string }, context: PlainMarkdownContext): Nodes[] {
  const props = readProps(node).values;
  const prop = (name: string) => (typeof props[name] === 'string' ? props[name] : undefined);
  const children = () => replaceAll(node.children, context, false) as BlockContent[];
  switch (node.name) {
    case 'Callout':
      return [
        {
          type: 'blockquote',
          children: [paragraph(strong(calloutLabel(prop('kind'), prop('title')))), ...children()],
        } satisfies Blockquote,
      ];
    case 'Macro': {
      const id = prop('id') ?? '';
      const macro = context.macro(id);
      if (!macro) return [];
      const reply = macro.reply.children.filter((child) => child.type !== 'yaml') as BlockContent[];
      return [
        paragraph(text('Send the macro '), strong(macro.title), text(' ('), code(id), text('):')),
        { type: 'blockquote', children: structuredClone(reply) },
      ];
    }
    case 'Tabs':
      return tabsOf(node).tabs.flatMap((tab) => blockComponent(tab, context));
    case 'Tab': {
      const channel = prop('channel');
      return [paragraph(strong(`${channel ? channelLabel(channel) : 'Any channel'}:`)), ...children()];
    }
    case 'Screenshot': {
      const image = screenshotImage(props, context);
      const caption = prop('caption');
      return image ? [paragraph(image), ...(caption ? [paragraph({ type: 'emphasis', children: [text(caption)] })] : [])] : [];
    }
    case 'Video':
      return [paragraph(...inlineComponent(node, context))];
    default:
      return children();
  }
}

function inlineComponent(node: JsxElementNode & { name: string }, context: PlainMarkdownContext): PhrasingContent[] {
  const props = readProps(node).values;
  const prop = (name: string) => (typeof props[name] === 'string' ? props[name] : undefined);
  switch (node.name) {
    case 'Callout':
      return [
        strong(`${calloutLabel(prop('kind'), prop('title'))}:`),
        text(' '),
        ...(replaceAll(node.children, context, true) as PhrasingContent[]),
      ];
    case 'Macro': {
      const macro = context.macro(prop('id') ?? '');
      return macro ? [text('the macro '), strong(macro.title), text(' ('), code(prop('id') ?? ''), text(')')] : [];
    }
    case 'Screenshot': {
      const image = screenshotImage(props, context);
      return image ? [image] : [];
    }
    case 'Video': {
      const src = prop('src');
      const title = prop('title') ?? 'Screen recording';
      return src ? [{ type: 'link', url: context.assetUrl?.(src) ?? src, children: [text(`Video: ${title}`)] }] : [text(title)];
    }
    default:
      return replaceAll(node.children, context, true) as PhrasingContent[];
  }
}

/** `Warning: Cancel first`, or `Note` for a callout without a title (or with a kind lint rejects). */
export function calloutLabel(kind: string | undefined, title: string | undefined): string {
  const known = (calloutKinds as readonly string[]).includes(kind ?? '') ? (kind as CalloutKind) : 'note';
  return title ? `${calloutLabels[known]}: ${title}` : calloutLabels[known];
}

function screenshotImage(props: Record<string, string | true>, context: PlainMarkdownContext): PhrasingContent | undefined {
  const src = typeof props.src === 'string' ? props.src : undefined;
  if (!src) return undefined;
  return { type: 'image', url: context.assetUrl?.(src) ?? src, alt: typeof props.alt === 'string' ? props.alt : '' };
}
