// Builds the Pagefind search index over the finished site, in-process through Pagefind's Node API.
// Only the pages Pagefind indexes (SOPs and macros, which mark their `data-pagefind-body`) are handed to it, by a
// glob: at 25,000 pages, crawling every listing page as well cost memory, and Pagefind reads and parses the files it
// is given on all cores, where feeding them one at a time from here left a core idle and took longer. The index is
// byte-identical between builds either way.
import * as pagefind from 'pagefind';

/** Where the site puts the pages with a `data-pagefind-body` (src/pages/sops/[id].astro, src/pages/macros/[id].astro). */
const searchablePages = '{sops,macros}/*/index.html';

export async function indexSite(outputDirectory: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = await addSearchablePages(index, outputDirectory);
    const written = await index.writeFiles({ outputPath: `${outputDirectory}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}

async function addSearchablePages(index: pagefind.PagefindIndex, outputDirectory: string): Promise<number> {
  const searchable = await index.addDirectory({ path: outputDirectory, glob: searchablePages });
  if (searchable.errors.length > 0) throw new Error(`Pagefind could not index the site: ${searchable.errors.join('; ')}`);
  if (searchable.page_count > 0) return searchable.page_count;
  // A site with no SOP or macro page yet: Pagefind indexes every page, as its crawl does then.
  const crawled = await index.addDirectory({ path: outputDirectory });
  if (crawled.errors.length > 0) throw new Error(`Pagefind could not index the site: ${crawled.errors.join('; ')}`);
  return crawled.page_count;
}
