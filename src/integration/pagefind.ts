// Builds the Pagefind search index over the finished site, in-process through Pagefind's Node API.
// Only the pages Pagefind would index (those marking their `data-pagefind-body`: SOPs and macros) are handed
// to it, one at a time in a fixed order: the site crawl would read and parse every listing page too, all at
// once, and at 25,000 pages that was 2.5 GB of Pagefind's memory; the order keeps the index byte-identical.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

const bodyMarker = 'data-pagefind-body';

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
  const files = (await readdir(outputDirectory, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  let pages = 0;
  for (const file of files) {
    const content = await readFile(path.join(outputDirectory, file), 'utf8');
    if (!content.includes(bodyMarker)) continue;
    const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index \`${file}\`: ${added.errors.join('; ')}`);
    pages += 1;
  }
  if (pages > 0) return pages;
  // A site with no SOP or macro page yet: Pagefind indexes every page, as its crawl does then.
  const crawled = await index.addDirectory({ path: outputDirectory });
  if (crawled.errors.length > 0) throw new Error(`Pagefind could not index the site: ${crawled.errors.join('; ')}`);
  return crawled.page_count;
}
