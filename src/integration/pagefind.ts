// Builds the Pagefind search index through Pagefind's Node API, run in a worker thread (pagefind-indexer.ts). Only the
// pages Pagefind would index (those marking their `data-pagefind-body`: SOPs and macros) are handed to it in a fixed
// order, a few dozen in flight: the site crawl would read and parse every listing page too, all at once, and at 25,000 pages that
// was 2.5 GB of Pagefind's memory; the order keeps the index byte-identical.
//
// In a build the pages reach Pagefind as Astro renders them (`searchIndexFeed`), so Pagefind's process indexes on the
// second core while this one renders, instead of everything waiting for the last page. Pages Astro copies from the
// last build (its incremental build) are read from the copy Astro keeps, once Astro has moved past them; either way
// they are fed in the order of Astro's page list, which depends neither on which pages were copied nor on which of
// the pages Astro has in hand at once (`build.concurrency`) finished first.
//
// A large playbook's index is written in parts (src/core/search/shards.ts): the feed deals the pages to them in turn.
import type { AstroPrerenderer } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeIndexers, startIndexer, type SearchIndexer } from './pagefind-indexer.ts';
import type { SearchParts } from './search-parts.ts';

const bodyMarker = 'data-pagefind-body';

/** Pages rendered but not yet indexed, beyond which rendering waits for Pagefind (its memory, not its speed). */
const maxBacklog = 256;

async function indexSite(outputDirectory: string, parts: SearchParts, partWritten?: (shard: number) => void): Promise<{ pages: number }> {
  const indexer = startIndexer(parts.count);
  try {
    const files = (await readdir(outputDirectory, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
    for (const file of files) {
      const html = await readFile(path.join(outputDirectory, file), 'utf8');
      const sourcePath = file.split(path.sep).join('/');
      if (html.includes(bodyMarker)) await indexer.add(sourcePath, searchablePart(html), parts.partOf(sourcePath));
    }
    return await indexer.write(outputDirectory, partWritten);
  } finally {
    await indexer.close();
  }
}

/**
 * What Pagefind reads of one of the site's pages: the document up to its `<body>` tag (language, title) and the `<main>`
 * element, which holds the `data-pagefind-body` element and every other `data-pagefind-*` attribute of the layout. The
 * site's header, navigation, footer and their scripts are left out: Pagefind indexes nothing outside the body element of
 * a page that marks one, yet parsed all of it. At 1,000 SOPs and 1,500 macros that was 17 % of the 23.6 MB sent to its
 * process and about a tenth of its time indexing; the index is byte for byte the same (tested). A page laid out
 * otherwise, or with a Pagefind attribute outside `<main>`, goes whole.
 */
export function searchablePart(html: string): string {
  const bodyTag = html.indexOf('<body');
  const bodyOpened = bodyTag < 0 ? -1 : html.indexOf('>', bodyTag);
  const mainStart = html.indexOf('<main', bodyOpened);
  const mainClose = html.lastIndexOf('</main>');
  if (bodyOpened < 0 || mainStart < 0 || mainClose < mainStart || html.indexOf('<main', mainStart + 1) >= 0) return html;
  const mainEnd = mainClose + '</main>'.length;
  const outside = html.slice(bodyOpened, mainStart) + html.slice(mainEnd);
  if (outside.includes('data-pagefind-')) return html;
  return `${html.slice(0, bodyOpened + 1)}${html.slice(mainStart, mainEnd)}</body></html>`;
}

/** Stops Pagefind, if it runs: a build that failed never reaches `finish`, and its process would keep Node alive. */
export async function closeSearchIndex(): Promise<void> {
  await closeIndexers();
}

/** Told each page's file (relative to the output folder) and HTML once, as the feed takes it: what else the build wants of every page. */
export type PageObserver = (file: string, html: string) => void;

export interface SearchIndexFeed {
  /** Astro's prerenderer, passing each page it renders on to Pagefind (`astro:build:start`'s `setPrerenderer`). */
  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer;
  /** Every page is rendered or copied (`astro:build:generated`). */
  generated(): void;
  /**
   * Writes the index into the output folder's `pagefind/` once every page is in (`astro:build:done`): `read` settles once
   * no page will be read from disk any more (pages may then be rewritten), `written` when the index is written;
   * `observedEveryPage`: the observer was told of every page (false when Astro's page list never reached the feed).
   * `partWritten` is told of each part of the index once it is written, while Pagefind writes the next.
   */
  finish(partWritten?: (shard: number) => void): { read: Promise<void>; written: Promise<{ pages: number }>; observedEveryPage: boolean };
}

/** A promise to wait on and the call that settles it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** A page's place: its pathname without the base or a trailing slash, as Astro's page list and its requests both give it. */
export const pageKey = (pathname: string) => pathname.replace(/\/+$/, '');

/** The file Astro writes a page to (`build.format: 'directory'`), relative to the output folder. */
export const pageFile = (key: string) => (key === '' ? 'index.html' : `${encodeURI(key).slice(1)}/index.html`);

/**
 * Where Astro's incremental build keeps the copy of each page it restores (node_modules/astro/dist/core/build/
 * incremental.js: `dist/` in its cache folder, the page's path within): the file a copied page comes from, whole
 * before the build starts, where the copy in the output folder may still be being written.
 */
const keptCopyOf = (cacheDir: URL, file: string) => fileURLToPath(new URL(file, new URL('dist/', cacheDir)));

/**
 * `base`: the site's base path (`/`, `/playbook/`), which the requests Astro renders carry and its page list does not;
 * `outputDirectory`: where Astro writes the pages; `cacheDir`: Astro's cache folder, holding the pages an incremental
 * build copies; `observe`: told of every page the feed sees, rendered or read from disk, so that nothing else has to
 * read them all again; `parts`: the parts the index is written in and which part each page goes to
 * (src/core/search/shards.ts), known once the site's data is.
 */
export function searchIndexFeed(
  base: string,
  outputDirectory: string,
  cacheDir: URL | undefined,
  observe?: PageObserver,
  parts: () => Promise<SearchParts> = () => Promise.resolve({ count: 1, partOf: () => 0 }),
): SearchIndexFeed {
  const basePath = base.replace(/\/+$/, '');
  /** Rendered pages not yet fed, by key: their HTML, or '' for a page with nothing to index. */
  const rendered = new Map<string, string>();
  /** Each page's place in Astro's page list; the pages Astro has started to render, and the furthest place among them. */
  const places = new Map<string, number>();
  const started = new Set<string>();
  let furthest = -1;
  /** Settles on each page rendered (and when all are done): what the feed and a full backlog wait for. */
  let arrival = signal();
  let progress = signal();
  let generated = false;
  let feeding: Promise<SearchIndexer> | undefined;
  let fed = false;

  /** A file's HTML; undefined when there is none (the 404 page is `404.html`, a redirect writes no page). */
  const readHtml = (file: string) =>
    readFile(file, 'utf8').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    });
  /**
   * A page Astro did not render: from the copy Astro keeps in its cache folder (whole before the build starts, where the
   * copy into the output folder may still be under way), else from the output folder (a page already there, or none);
   * the observer is told of it.
   */
  const unrenderedPage = async (key: string) => {
    const kept = cacheDir ? await readHtml(keptCopyOf(cacheDir, pageFile(key))) : undefined;
    const html = kept ?? (await readHtml(path.join(outputDirectory, pageFile(key)))) ?? '';
    observe?.(pageFile(key), html);
    return html;
  };
  /** The page's HTML, once rendered; else, once Astro has moved past it without rendering it, from a file. */
  const pageHtml = async (key: string): Promise<string> => {
    for (;;) {
      const html = rendered.get(key);
      if (html !== undefined) return html;
      // Astro starts its pages in its list's order, a few at a time, and a page it renders calls the prerenderer at
      // once: a later page started while this one never was means Astro copied this one from the last build (or had
      // nothing to write for it), as does every page left once all are done.
      if (generated || (!started.has(key) && furthest > places.get(key)!)) return unrenderedPage(key);
      await arrival.promise;
    }
  };

  const feed = async (keys: readonly string[]) => {
    const { count, partOf } = await parts();
    const indexer = startIndexer(count);
    try {
      for (const key of keys) {
        const html = await pageHtml(key);
        rendered.delete(key);
        progress.resolve();
        progress = signal();
        if (html.includes(bodyMarker)) await indexer.add(pageFile(key), searchablePart(html), partOf(pageFile(key)));
      }
    } catch (error) {
      await indexer.close();
      throw error;
    }
    return indexer;
  };

  /** The page list's key of the page a request renders, if it is on the list. */
  const keyOf = (request: Request) => {
    let pathname = decodeURI(new URL(request.url).pathname);
    if (basePath && pathname.startsWith(basePath)) pathname = pathname.slice(basePath.length);
    const key = pageKey(pathname);
    return places.has(key) ? key : undefined;
  };
  const arrived = () => {
    arrival.resolve();
    arrival = signal();
  };
  /** A page Astro starts to render: every page before it on the list has started, or was copied. */
  const starting = (key: string) => {
    started.add(key);
    furthest = Math.max(furthest, places.get(key)!);
    arrived();
  };
  /** A page rendered: its HTML when it is a page to index, else '' (a 404, a redirect, no HTML). */
  const received = (key: string, html: string | undefined) => {
    if (html !== undefined) observe?.(pageFile(key), html);
    rendered.set(key, html?.includes(bodyMarker) ? html : '');
    arrived();
  };

  return {
    wrap(prerenderer) {
      const wrapped: AstroPrerenderer = Object.create(prerenderer) as AstroPrerenderer;
      wrapped.getStaticPaths = async () => {
        const paths = await prerenderer.getStaticPaths();
        const keys = [...new Set(paths.filter(({ route }) => route.type === 'page').map(({ pathname }) => pageKey(pathname)))];
        keys.forEach((key, place) => places.set(key, place));
        feeding = feed(keys);
        // Reported by `finish`; until then a failure must not go unhandled, nor keep pages waiting.
        feeding.then(
          () => (fed = true),
          () => (fed = true),
        );
        return paths;
      };
      wrapped.render = async (request, options) => {
        const key = feeding ? keyOf(request) : undefined;
        if (key !== undefined) starting(key);
        const result = await prerenderer.render(request, options);
        const response = result instanceof Response ? result : result.response;
        if (key === undefined) return result;
        if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) {
          received(key, undefined);
          return result;
        }
        const html = await response.text();
        received(key, html);
        while (rendered.size > maxBacklog && !fed) await Promise.race([progress.promise, feeding!.catch(() => undefined)]);
        const again = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? again : { ...result, response: again };
      };
      return wrapped;
    },
    generated() {
      generated = true;
      arrival.resolve();
    },
    finish(partWritten) {
      const settled = (promise: Promise<unknown>) =>
        promise.then(
          () => undefined,
          () => undefined,
        );
      if (!feeding) {
        const written = parts().then((known) => indexSite(outputDirectory, known, partWritten));
        return { read: settled(written), written, observedEveryPage: false };
      }
      const fedPages = feeding;
      const written = fedPages.then((indexer) => indexer.write(outputDirectory, partWritten));
      // `astro:build:done` awaits `written` after other work, which may throw first: the failed build then stops the index
      // (`closeSearchIndex`), and its rejection, unhandled, would end Node with it instead of the build's own error.
      written.catch(() => undefined);
      return { read: settled(fedPages), written, observedEveryPage: true };
    },
  };
}
