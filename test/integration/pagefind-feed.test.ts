// The search feed with Astro rendering several pages at once (`build.concurrency`): pages finish out of order, and a
// page copied from the last build may not be whole in the output folder yet when the feed reaches it. The feed must
// still hand Pagefind every page, in the page list's order, with the copy's full text.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { searchablePage } from '../helpers/searchable-page.ts';
import { closeSearchIndex, searchIndexFeed } from '../../src/integration/pagefind.ts';

const page = searchablePage;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A prerenderer whose page list is `keys`; `render` answers each page after `delays[key]` ms. */
function fakePrerenderer(keys: string[], html: (key: string) => string, delays: Record<string, number>): AstroPrerenderer {
  return {
    name: 'fake',
    getStaticPaths: () => Promise.resolve(keys.map((pathname) => ({ pathname, route: { type: 'page' } }))),
    render: async (request: Request) => {
      const key = new URL(request.url).pathname.replace(/\/+$/, '');
      await new Promise((resolve) => setTimeout(resolve, delays[key] ?? 0));
      return new Response(html(key), { status: 200, headers: { 'content-type': 'text/html' } });
    },
  } as unknown as AstroPrerenderer;
}

describe('the search feed with several pages in hand at once', () => {
  it('feeds pages that finish out of order, and a copied page from the copy Astro keeps, never from a half-written file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sop-feed-'));
    folders.push(root);
    const outDir = path.join(root, 'dist');
    const cacheDir = pathToFileURL(path.join(root, 'cache') + path.sep);
    mkdirSync(outDir, { recursive: true });
    // `/sops/copied` is copied from the last build: Astro keeps its copy in the cache folder's `dist/`, while the one
    // in the output folder is still empty (the copy under way).
    const kept = path.join(root, 'cache', 'dist', 'sops', 'copied', 'index.html');
    mkdirSync(path.dirname(kept), { recursive: true });
    writeFileSync(kept, page('Copied', 'kept wombat text'));
    mkdirSync(path.join(outDir, 'sops', 'copied'), { recursive: true });
    writeFileSync(path.join(outDir, 'sops', 'copied', 'index.html'), '');

    const keys = ['/sops/first', '/sops/copied', '/sops/slow', '/sops/fast'];
    const seen: string[] = [];
    const feed = searchIndexFeed('/', outDir, cacheDir, (file, html) => seen.push(`${file}:${html.includes('<h1>') ? 'page' : 'empty'}`));
    const prerenderer = feed.wrap(fakePrerenderer(keys, (key) => page(key.slice(6), `${key.slice(6)} text`), { '/sops/slow': 40 }));
    const paths = await prerenderer.getStaticPaths();
    expect(paths).toHaveLength(4);
    // As Astro's queue does: pages start in the list's order (the copied one never calls render), several at once.
    const request = (key: string) => new Request(`http://localhost${key}/`);
    const rendering = [prerenderer.render(request('/sops/first'), {} as never)];
    rendering.push(prerenderer.render(request('/sops/slow'), {} as never), prerenderer.render(request('/sops/fast'), {} as never));
    await Promise.all(rendering);
    feed.generated();
    const { read, written, observedEveryPage } = feed.finish();
    await read;
    expect((await written).pages).toBe(4);
    expect(observedEveryPage).toBe(true);
    expect(seen).toContain('sops/copied/index.html:page');
    expect(seen).not.toContain('sops/copied/index.html:empty');
    // Pagefind wrote a fragment for each page, the copied one included.
    expect(readdirSync(path.join(outDir, 'pagefind', 'fragment'))).toHaveLength(4);
  }, 30_000);
  it('moves past a page Astro neither rendered nor copied (the 404 page, 404.html) without waiting for the last page', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sop-feed-'));
    folders.push(root);
    const outDir = path.join(root, 'dist');
    mkdirSync(outDir, { recursive: true });
    const keys = ['/404', '/sops/a', '/sops/b'];
    const feed = searchIndexFeed('/', outDir, pathToFileURL(path.join(root, 'cache') + path.sep));
    const prerenderer = feed.wrap(fakePrerenderer(keys, (key) => page(key.slice(6), 'text'), {}));
    await prerenderer.getStaticPaths();
    await prerenderer.render(new Request('http://localhost/sops/a/'), {} as never);
    await prerenderer.render(new Request('http://localhost/sops/b/'), {} as never);
    // Astro has not said it is done: a rebuild's index keeps pace with Astro's copying only if the feed goes on now.
    const { read, written } = feed.finish();
    const stalled = new Promise<string>((resolve) => setTimeout(() => resolve('stalled'), 2_000));
    expect(await Promise.race([read.then(() => 'fed'), stalled])).toBe('fed');
    feed.generated();
    expect((await written).pages).toBe(2);
  }, 30_000);

  it('leaves no rejection unhandled when the build fails after `finish` and before it awaits the index', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sop-feed-'));
    folders.push(root);
    const outDir = path.join(root, 'dist');
    mkdirSync(outDir, { recursive: true });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const feed = searchIndexFeed('/', outDir, undefined);
      const prerenderer = feed.wrap(fakePrerenderer(['/sops/a'], (key) => page(key.slice(6), 'text'), {}));
      await prerenderer.getStaticPaths();
      await prerenderer.render(new Request('http://localhost/sops/a/'), {} as never);
      feed.generated();
      // As `astro:build:done` when reading the playbook or writing the twins throws: `written` is never awaited, and
      // the failed build stops the index (build-site.ts).
      await feed.finish().read;
      await closeSearchIndex();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, 30_000);
});
