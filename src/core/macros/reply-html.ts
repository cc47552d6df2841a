// Turns a macro's Markdown reply back into what a help desk takes: plain text when it has no formatting, else HTML.
import type { Element, Root as HastRoot } from 'hast';
import type { Break, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Raw HTML an author typed stays visible text, as on the macro page; soft line breaks are line breaks in a reply. */
function remarkReplyText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      const inFlow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
      parent.children[index] = inFlow ? ({ type: 'paragraph', children: [text] } satisfies Paragraph) : text;
    });
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('\n')) return;
      const pieces: PhrasingContent[] = [];
      node.value.split('\n').forEach((line, lineIndex) => {
        if (lineIndex > 0) pieces.push({ type: 'break' } satisfies Break);
        if (line !== '') pieces.push({ type: 'text', value: line });
      });
      (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}

/** URL normalisation percent-encodes braces; Zendesk must see `{{ticket.link}}` in an `href` to fill it in. */
function rehypeRestorePlaceholders() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      for (const property of ['href', 'src']) {
        const value = node.properties[property];
        if (typeof value === 'string')
          node.properties[property] = value.replace(/%7B%7B(.*?)%7D%7D/gi, (_match, inner: string) => `{{${decodeURIComponent(inner)}}}`);
      }
    });
  };
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const htmlRenderer = unified()
  .use(remarkReplyText)
  .use(remarkRehype)
  .use(rehypeRestorePlaceholders)
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze();

/** Accepts the loader's tree of a macro file (its frontmatter node is skipped) so that export need not parse again. */
function replyTree(reply: string | Root): Root {
  if (typeof reply === 'string') return markdownParser.parse(reply);
  return { type: 'root', children: structuredClone(reply.children.filter((node) => node.type !== 'yaml')) };
}

export function markdownToHtml(reply: string | Root): string {
  const tree = htmlRenderer.runSync(replyTree(reply));
  return htmlRenderer.stringify(tree).trim();
}

/** A link GFM made of a bare address (`https://…`, `www.…`, an email) is plain text to a help desk too. */
function bareAddress(node: PhrasingContent): string | undefined {
  if (node.type !== 'link' || node.children.length !== 1) return undefined;
  const child = node.children[0]!;
  return child.type === 'text' && node.url.endsWith(child.value) ? child.value : undefined;
}

function plainParagraphText(paragraph: Paragraph): string | undefined {
  let text = '';
  for (const node of paragraph.children) {
    const address = bareAddress(node);
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += '\n';
    else if (address !== undefined) text += address;
    else return undefined;
  }
  return text;
}

/** The reply as plain text when it is only paragraphs of text and line breaks; undefined when it needs HTML. */
export function markdownToPlainText(reply: string | Root): string | undefined {
  const paragraphs: string[] = [];
  for (const node of replyTree(reply).children) {
    if (node.type !== 'paragraph') return undefined;
    const text = plainParagraphText(node);
    if (text === undefined) return undefined;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}
