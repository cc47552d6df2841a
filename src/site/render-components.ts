// The authors' components as HTML, built by the site from the mdast JSX nodes (no author code runs):
// callouts, screenshots that enlarge, macros with their Copy button, channel tabs, local videos.
// Without script every part is readable: tabs show as labelled sections, a screenshot links to its file.
import type { Element, ElementContent, Properties } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { calloutKinds, isComponentName, parseHighlight, type CalloutKind } from '../../schemas/components.ts';
import { channelLabel } from '../core/components/channel-label.ts';
import { isComponentElement, readProps, tabsOf, type JsxElementNode } from '../core/components/jsx.ts';
import { calloutLabel } from '../core/components/callout-label.ts';
import type { ImageSize } from '../core/media/image-size.ts';

export interface ComponentMacro {
  title: string;
  status: string;
  /** Its page on the site. */
  href: string;
  /** The raw reply, for the clipboard. */
  replyText: string;
  /** The reply rendered with its placeholders marked (trusted: the site's own renderer made it). */
  replyHtml: string;
}

export interface ComponentAsset {
  /** Where the file is served, base path included. */
  url: string;
  /** Read from the file at build time; undefined for a file that is not an image or could not be read. */
  size: ImageSize | undefined;
}

/** What components need from the site: macros, asset files, and which scripts the page must load. */
export interface ComponentContext {
  macro(id: string): ComponentMacro | undefined;
  asset(src: string): ComponentAsset | undefined;
}

/** Which browser code a rendered body needs; pages load each script only when its flag is set. */
export interface ComponentUse {
  tabs: boolean;
  enlarge: boolean;
  copy: boolean;
}

type Child = ElementContent;

/** Elements whose `href`/`src` this renderer set: already final (base path included), so the body's link rewriting skips them. */
const finalAddresses = new WeakSet<Element>();

export function hasFinalAddress(node: Element): boolean {
  return finalAddresses.has(node);
}

function element(tagName: string, properties: Properties, children: Child[] = []): Element {
  const made: Element = { type: 'element', tagName, properties, children };
  if ('href' in properties || 'src' in properties) finalAddresses.add(made);
  return made;
}
const text = (value: string): Child => ({ type: 'text', value });

/** True for the components this renderer draws; others (unknown names, lint errors) keep only their children. */
export function isRenderedComponent(node: { type: string }): boolean {
  return isComponentElement(node) && isComponentName(node.name);
}

export function createComponentRenderer(context: ComponentContext) {
  const use: ComponentUse = { tabs: false, enlarge: false, copy: false };
  let tabsCount = 0;

  function render(state: State, node: JsxElementNode & { name: string }): Child[] {
    const props = readProps(node).values;
    const prop = (name: string) => (typeof props[name] === 'string' ? props[name] : undefined);
    const inline = node.type === 'mdxJsxTextElement';
    const children = () => state.all(node as never);
    switch (node.name) {
      case 'Callout':
        return [callout(prop('kind'), prop('title'), children(), inline)];
      case 'Screenshot':
        return screenshot(prop('src'), prop('alt') ?? '', prop('caption'), prop('highlight'), inline);
      case 'Macro':
        return macro(prop('id') ?? '', inline);
      case 'Tabs':
        return [tabs(state, node)];
      case 'Tab':
        // A tab outside `<Tabs>` (a lint error): its content, labelled, so nothing is lost.
        return [
          element('div', { className: ['channel-tab'] }, [
            element('p', { className: ['channel-tab-label'] }, [text(channelLabel(prop('channel') ?? ''))]),
            ...children(),
          ]),
        ];
      case 'Video':
        return video(prop('src'), prop('title') ?? '', prop('captions'), inline);
      default:
        return children();
    }
  }

  function callout(kindProp: string | undefined, title: string | undefined, children: Child[], inline: boolean): Element {
    const kind: CalloutKind = (calloutKinds as readonly string[]).includes(kindProp ?? '') ? (kindProp as CalloutKind) : 'note';
    const label = calloutLabel(kind, title);
    const heading = element(inline ? 'span' : 'p', { className: ['callout-title'] }, [element('strong', {}, [text(label)])]);
    return element(inline ? 'span' : 'div', { className: ['callout', `callout-${kind}`], role: 'note', ariaLabel: label }, [
      heading,
      ...children,
    ]);
  }

  function screenshot(
    src: string | undefined,
    alt: string,
    caption: string | undefined,
    highlight: string | undefined,
    inline: boolean,
  ): Child[] {
    const asset = src ? context.asset(src) : undefined;
    if (!asset) return [];
    use.enlarge = true;
    const image = element('img', {
      src: asset.url,
      alt,
      ...(asset.size ? { width: asset.size.width, height: asset.size.height } : {}),
      loading: 'lazy',
      decoding: 'async',
    });
    const box = highlight ? parseHighlight(highlight) : undefined;
    const frame = element('span', { className: ['screenshot-frame'] }, [
      image,
      ...(box
        ? [
            element(
              'svg',
              {
                className: ['screenshot-highlight'],
                viewBox: '0 0 100 100',
                preserveAspectRatio: 'none',
                ariaHidden: 'true',
                focusable: 'false',
              },
              [element('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 1 })],
            ),
          ]
        : []),
    ]);
    const link = element('a', { className: ['screenshot-open'], href: asset.url, dataEnlarge: '' }, [
      frame,
      element('span', { className: ['visually-hidden'] }, [text(' (open full size)')]),
    ]);
    if (inline) return [element('span', { className: ['screenshot', 'screenshot-inline'] }, [link])];
    return [element('figure', { className: ['screenshot'] }, [link, ...(caption ? [element('figcaption', {}, [text(caption)])] : [])])];
  }

  function macro(id: string, inline: boolean): Child[] {
    const found = context.macro(id);
    if (!found) return [];
    const archived = found.status === 'archived';
    if (!archived) use.copy = true;
    const titleLink = element('a', { href: found.href }, [text(found.title)]);
    const badge =
      found.status === 'active'
        ? []
        : [
            text(' '),
            element('span', { className: ['badge', `status-${found.status}`] }, [text(archived ? 'archived — do not use' : found.status)]),
          ];
    const copy = archived ? [] : [copyBox(found)];
    if (inline) return [element('span', { className: ['inline-macro', 'inline-macro-ref'] }, [titleLink, ...badge, text(' '), ...copy])];
    return [
      element('div', { className: ['inline-macro'] }, [
        element('div', { className: ['macro-card-heading'] }, [
          element('p', { className: ['inline-macro-title'] }, [text('Macro: '), titleLink, ...badge]),
          ...copy,
        ]),
        element('div', { className: ['reply-text'], dataPagefindIgnore: '' }, [
          { type: 'raw', value: found.replyHtml } as unknown as Child,
        ]),
      ]),
    ];
  }

  /** The same markup as the registry's Copy button (CopyButton.astro), so one script serves both. */
  function copyBox(found: ComponentMacro): Element {
    return element('span', { className: ['copy-reply'], dataCopyReply: '', dataPagefindIgnore: 'all' }, [
      element(
        'button',
        { type: 'button', className: ['copy-button'], dataCopyButton: '', ariaLabel: `Copy reply: ${found.title}`, hidden: true },
        [text('Copy reply')],
      ),
      element('span', { className: ['copy-status'], dataCopyStatus: '', role: 'status', ariaLive: 'polite' }),
      element(
        'textarea',
        { className: ['copy-source'], dataCopySource: '', hidden: true, readOnly: true, ariaLabel: `Reply text of ${found.title}` },
        [text(found.replyText)],
      ),
    ]);
  }

  function tabs(state: State, node: JsxElementNode): Element {
    use.tabs = true;
    tabsCount += 1;
    const panels: Child[] = [];
    for (const child of tabsOf(node).tabs) {
      const channel = readProps(child).values.channel;
      const id = typeof channel === 'string' ? channel : '';
      const prefix = `tabs-${tabsCount}-${id.replace(/[^a-z0-9-]/gi, '') || panels.length + 1}`;
      panels.push(
        element('section', { className: ['channel-tab'], id: prefix, dataChannel: id, ariaLabelledby: `${prefix}-label` }, [
          element('p', { className: ['channel-tab-label'], id: `${prefix}-label` }, [text(channelLabel(id))]),
          ...state.all(child as never),
        ]),
      );
    }
    return element('div', { className: ['channel-tabs'], dataTabs: '' }, panels);
  }

  function video(src: string | undefined, title: string, captions: string | undefined, inline: boolean): Child[] {
    const asset = src ? context.asset(src) : undefined;
    if (!asset) return [];
    const track = captions ? context.asset(captions) : undefined;
    const player = element(
      'video',
      {
        src: asset.url,
        controls: true,
        preload: 'metadata',
        ariaLabel: title,
        ...(asset.size ? { width: asset.size.width, height: asset.size.height } : {}),
      },
      [
        ...(track ? [element('track', { kind: 'captions', src: track.url, srclang: 'en', label: 'Captions', default: true })] : []),
        element('a', { href: asset.url }, [text(`Download the recording: ${title}`)]),
      ],
    );
    if (inline) return [element('span', { className: ['video', 'video-inline'] }, [player])];
    return [element('figure', { className: ['video'] }, [player, element('figcaption', {}, [text(title)])])];
  }

  return { render, use };
}
