// Turns a help-desk reply (HTML or plain text) into safe, readable Markdown with `{{placeholders}}` kept verbatim.
import TurndownService from 'turndown';
import { escapeMarkdownText } from './markdown-escape.ts';

/** Elements a reply cannot hold: kept as visible, inert text so that nothing is lost silently and nothing runs. */
const inertElements = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'noscript',
  'template',
  'svg',
  'math',
];

/** Links and images keep only web, mail and phone addresses, anchors, relative paths and placeholders. */
function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('{{')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

function linkDestination(url: string): string {
  const escaped = url.trim().replace(/([<>()\\])/g, '\\$1');
  return /\s/.test(escaped) ? `<${escaped}>` : escaped;
}

function createConverter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    // A `<br>` becomes a plain line break: macro pages and the export read single newlines in a reply as line breaks.
    br: '',
  });
  service.escape = (text) => escapeMarkdownText(text, true);
  service.addRule('inert-markup', {
    filter: (node) => inertElements.includes(node.nodeName.toLowerCase()),
    replacement: (_content, node) => {
      const text = escapeMarkdownText(node.outerHTML.replace(/\s+/g, ' '));
      return (node as { isBlock?: boolean }).isBlock === false ? text : `\n\n${text}\n\n`;
    },
  });
  service.addRule('list-item', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        prefix = `${(Number.isInteger(start) ? start : 1) + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n(?!$)/g, `\n${' '.repeat(prefix.length)}`);
      return prefix + body.replace(/\n$/, '') + (node.nextSibling ? '\n' : '');
    },
  });
  addTableRules(service);
  service.addRule('safe-link', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (content, node) => {
      const href = node.getAttribute('href') ?? '';
      if (!isSafeUrl(href) || content.trim() === '') return content;
      return `[${content}](${linkDestination(href)})`;
    },
  });
  service.addRule('safe-image', {
    filter: 'img',
    replacement: (_content, node) => {
      const source = node.getAttribute('src') ?? '';
      const alt = escapeMarkdownText((node.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      if (source === '' || !isSafeUrl(source) || /^data:/i.test(source)) return alt;
      return `![${alt}](${linkDestination(source)})`;
    },
  });
  return service;
}

/** A cell's content on one line, with its pipes escaped, so the row stays one row of the table. */
function cellText(content: string): string {
  return content
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/(?<!\\)\|/g, '\\|')
    .trim();
}

function isHeaderRow(row: HTMLTableRowElement): boolean {
  const table = row.closest('table');
  return table !== null && table.rows[0] === row;
}

/**
 * HTML tables as GFM tables, which macro pages show and the export turns back into HTML (without these rules Turndown
 * writes each cell as a paragraph of its own). The first row is the header, as in help-desk replies, which rarely mark one.
 */
function addTableRules(service: TurndownService): void {
  service.addRule('table-cell', {
    filter: ['th', 'td'],
    replacement: (content, node) => `${node.previousElementSibling ? ' ' : '| '}${cellText(content)} |`,
  });
  service.addRule('table-row', {
    filter: 'tr',
    replacement: (content, node) => {
      const row = node as HTMLTableRowElement;
      const line = `${content.trim()}\n`;
      return isHeaderRow(row) ? `${line}|${' --- |'.repeat(Math.max(1, row.cells.length))}\n` : line;
    },
  });
  service.addRule('table-section', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  service.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.trim()}\n\n` });
}

const converter = createConverter();

/** Tidies converter output: no-break spaces, trailing blanks and runs of empty lines would only confuse authors. */
function tidy(markdown: string): string {
  const lines = markdown
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const trimmed = lines.map((line) => line.replace(/[ \t]+$/, ''));
  const text = trimmed
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return text === '' ? '' : `${text}\n`;
}

export function htmlToMarkdown(html: string): string {
  return tidy(converter.turndown(html));
}

/** Plain-text replies keep their line breaks; Markdown syntax in them is escaped so it shows as typed. */
export function plainTextToMarkdown(text: string): string {
  return tidy(escapeMarkdownText(text.replace(/\r\n?/g, '\n')));
}
