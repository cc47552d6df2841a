// The search index in parts. Pagefind holds every page's words until it writes its index, and its writing takes several
// times that: 25,000 pages (10,000 SOPs and 15,000 macros) peaked at 2.6 GB in its process, the same pages in five parts
// written one after another at 1.1 GB. Past `defaultPagesPerSearchShard` pages the index is therefore written in parts of
// about that many pages, which the search box merges (Pagefind's `mergeIndex`, which ranks the results of all parts by
// their scores). The pages are dealt to the parts in turn, in the build's fixed page order, so that every part holds a
// fair share of SOPs and of macros: each part ranks by its own word statistics and page lengths, which are then close to
// those of one whole index. A part of SOPs only would rank a macro above the SOP it belongs to for words rare in macros.
import { routes } from '../routes.ts';

/** Searchable pages (SOPs and macros) up to which the index is one, and about how many each part holds past that. */
export const defaultPagesPerSearchShard = 5000;

/** How many parts the index of `pages` searchable pages is written in. */
export function searchShardCount(pages: number, pagesPerShard = defaultPagesPerSearchShard): number {
  return pages > pagesPerShard ? Math.ceil(pages / pagesPerShard) : 1;
}

/**
 * Where part `shard` goes, relative to the site's base path, with a trailing slash: the first in the usual `pagefind/`
 * (with the script the search box loads), the others in `pagefind/shards/<n>/` within it.
 */
export function searchShardFolder(shard: number): string {
  const index = routes.search().slice(1);
  return shard === 0 ? index : `${index}shards/${shard}/`;
}

/**
 * A record every part of an index in parts holds: every word of every part. Pagefind answers a word an index lacks with
 * that index's longest word the word starts with (`charge` for `chargeback`, `c` for `csat`): a part without the word
 * would add unrelated pages to the results of a word other parts hold. With this record each part holds every word, so a
 * part with no page for it answers with the record alone, which the search box's every search leaves out by its filter.
 * Each word's page count grows by one in every part alike.
 */
export const everyWordRecord = { url: '/pagefind/every-word/', filter: 'every-word', value: 'yes' } as const;

/**
 * The words of a page as Pagefind will read them: its text, and its images' alternative text, split at white space,
 * lowercased, each once. More than Pagefind indexes (markup it skips) only makes the record longer.
 */
export function pageTokens(html: string): Set<string> {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => entities[entity] ?? ' ')
    .toLowerCase();
  return new Set(text.split(/\s+/).filter(Boolean));
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};
