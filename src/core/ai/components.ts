// How the SOP components of the contract read in a Markdown twin: Callout as a blockquote, Macro as its
// reply, Tab as a labelled part, Screenshot as its description, Video as a link. Tabs and unknown ones: their children.
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import { calloutLabel } from '../components/callout-label.ts';
import type { JsxHandler } from './markdown.ts';

export interface ComponentContext {
  /** The reply of an active macro, or undefined for an unknown, draft or archived one (left out). */
  macroReply(id: string): { title: string; reply: string } | undefined;
  /** A link or media address as written, made to work where the twin is read. */
  resolveLink(url: string): string;
  /** Channel id to its display name (`email` → `Email`). */
  channelName(id: string): string;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });

export function componentHandlers(context: ComponentContext): Record<string, JsxHandler> {
  return {
    Callout: (_element, { children, attribute }) => {
      const label: RootContent = paragraph({ type: 'strong', children: [text(calloutLabel(attribute('kind'), attribute('title')))] });
      return [{ type: 'blockquote', children: [label, ...children] as BlockContent[] }];
    },
    Macro: (element, { attribute }) => {
      const id = attribute('id');
      const macro = id ? context.macroReply(id) : undefined;
      if (!id || !macro) return [];
      // Inside a sentence a code block would break the paragraph: name the macro there.
      if (element.type === 'mdxJsxTextElement')
        return [text(`the macro “${macro.title}” (`), { type: 'inlineCode', value: id }, text(')')] as RootContent[];
      return [
        paragraph(text(`Reply with the macro “${macro.title}” (`), { type: 'inlineCode', value: id }, text('):')),
        { type: 'code', lang: 'text', value: macro.reply },
      ];
    },
    Tab: (_element, { children, attribute }) => {
      const channel = attribute('channel');
      return channel ? [paragraph({ type: 'strong', children: [text(`On ${context.channelName(channel)}:`)] }), ...children] : children;
    },
    Screenshot: (_element, { attribute }) => {
      const description = [attribute('alt'), attribute('caption')].filter((part) => part && part.trim() !== '').join(': ');
      return description ? [paragraph({ type: 'emphasis', children: [text(`Screenshot: ${description}`)] })] : [];
    },
    Video: (_element, { attribute }) => {
      const src = attribute('src');
      const title = attribute('title') ?? 'Video';
      if (!src || /^\s*(javascript|vbscript|data):/i.test(src)) return [paragraph(text(`Video: ${title}`))];
      return [paragraph(text('Video: '), { type: 'link', url: context.resolveLink(src), children: [text(title)] })];
    },
  };
}
