// Adapter: reads every HTML page under a folder and hands the import its Markdown, for `sop import html`.
import { htmlToMarkdown } from '../core/authoring/import/html-to-markdown.ts';
import { readNested } from '../core/authoring/import/nesting.ts';
import type { ImportSource } from '../core/authoring/import/source.ts';
import { readSourceFolder } from './read-markdown-folder.ts';

/** Pages by path inside `folder` (`refunds.html`), each already Markdown, so links between pages still resolve. */
export async function readHtmlFolder(folder: string): Promise<ImportSource[]> {
  const pages = await readSourceFolder(folder, ['.html', '.htm']);
  return pages.map((page) => {
    const read = { path: page.path, stem: confluenceStem(page.path), callouts: true };
    if (page.unreadable) return { ...read, text: '', unreadable: page.unreadable };
    const conversion = readNested(() => htmlToMarkdown(page.text), 'its HTML');
    if ('kind' in conversion) return { ...read, text: '', unreadable: conversion };
    return { ...read, text: conversion.markdown, headingIds: conversion.headingIds, encoding: page.encoding };
  });
}

/** Confluence names pages `Refund-policy_98310.html`: the page id is no part of the name. */
function confluenceStem(pagePath: string): string {
  return pagePath
    .slice(pagePath.lastIndexOf('/') + 1)
    .replace(/\.html?$/i, '')
    .replace(/_\d{3,}$/, '');
}
