// The Astro integration: points the site at the playbook, hands pages their settings and the diagrams
// drawn beforehand through a virtual module, reloads on edits in dev and shows lint results there
// without stopping, and indexes the built site with Pagefind.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../core/catalog.ts';
import { loadPlaybook } from '../core/load/load-playbook.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { Playbook } from '../core/model.ts';
import { defaultLayout, readPlaybookSources } from '../node/read-playbook.ts';
import { todayFrom } from '../node/today.ts';
import { diagramIdToken, hasDiagramSlot, pageDiagramSources, prepareDiagrams } from '../site/diagrams.ts';
import type { SiteSettings } from '../site/site-settings.ts';
import {
  browserRendererMiddleware,
  createDiagramService,
  fillDiagramSlotsIn,
  shipBrowserRenderer,
  undrawnWarnings,
  type DiagramDocument,
  type DiagramService,
} from './diagrams.ts';
import { escalationOf } from '../site/escalations.ts';
import { reportLintInDev } from './dev-lint.ts';
import { draftWorklistFor } from './drafts.ts';
import { searchIndexFeed, type SearchIndexFeed } from './pagefind.ts';
import { searchPartsOf, type SearchParts } from './search-parts.ts';
import { searchSynonyms } from '../core/search/playbook-synonyms.ts';
import { searchVocabularyWriter } from './search-vocabulary.ts';
import { siteModuleId, virtualModules } from './vite-virtual-modules.ts';
import { handOverPlaybook, type PlaybookHandover } from '../site/loaded-playbook.ts';
import { writeSiteFiles } from '../node/write-site-files.ts';
import { startReuseCount } from './reuse-report.ts';
import { releasingOnceListed } from './release-trees.ts';
import { codeVersion } from '../node/code-version.ts';
import { buildMemoFile, jsonMemo, memoKey } from '../site/build-memo-files.ts';
import { assetsMiddleware, publishAssets } from '../node/playbook-assets.ts';
import { MemoryReleaser } from '../node/memory-release.ts';

export interface SopPlaybookOptions {
  /** The folder holding `content/`; default the Astro project's root. */
  contentRoot?: string | undefined;
  /** `YYYY-MM-DD` to pin today (`SOP_TODAY`); else the clock in the playbook's time zone. */
  today?: string | undefined;
  /** The playbook `sop build` has already loaded and linted, so it is not read again for the diagrams. */
  playbook?: Playbook | undefined;
  /** A preview for review (`sop build --drafts`, `SOP_DRAFTS=1`): drafts are published too, with a `/drafts/` worklist. */
  drafts?: boolean | undefined;
  /** The lint findings `sop build` already has, for the drafts worklist (else the integration lints). */
  diagnostics?: readonly Diagnostic[] | undefined;
  /** `sop build --no-cache`: Astro renders every page (its `force`), so none is counted as reused. */
  fresh?: boolean | undefined;
  /** `SOP_CACHE_DIR` as `sop build` resolved it against the folder it started in: where drawn diagrams are kept. */
  cacheRoot?: string | undefined;
  /** `SOP_SEARCH_SHARD_PAGES`: searchable pages past which the search index is written in parts of about that many. */
  searchShardPages?: number | undefined;
}

export default function sopPlaybook(options: SopPlaybookOptions = {}): AstroIntegration {
  let root = options.contentRoot ?? '.';
  let diagrams: DiagramService | undefined;
  let browserNeeded = false;
  let warnings: string[] = [];
  let dev = false;
  /** `astro build` (not dev, nor `astro sync`): the one command whose pages can wait for their diagrams in slots. */
  let building = false;
  let base = '/';
  /** A build's diagrams, drawn while Astro renders the pages: their sources (the pages' slots) and the SVGs to come. */
  let drawing: { sources: string[]; svgs: Promise<Map<string, string>>; service: DiagramService; documents: DiagramDocument[] } | undefined;
  /** A build's playbook, handed to the pages (src/site/loaded-playbook.ts), which hand back files for it to write. */
  let handover: PlaybookHandover | undefined;
  let cacheDir: URL | undefined;
  let projectRoot = '.';
  const siteCodeVersion = () => codeVersion(projectRoot, ['src', 'schemas']);
  let countReuse: (() => { reused: number; keyed: number }) | undefined;
  /** A build's search index, fed each page as Astro renders it (src/integration/pagefind.ts). */
  let searchIndex: SearchIndexFeed | undefined;
  /** Pages (relative to the output folder) rendered with a diagram slot, as the search feed saw them. */
  let slotPages = new Set<string>();
  /** Gives a large build's memory back as it goes (src/node/memory-release.ts). */
  let memory: MemoryReleaser | undefined;
  let outDir = '.';
  /** Computed on the first import of the site module and again after a content change in dev. */
  /** The site module's settings, and the parts of the search index worked out from the same catalog. */
  const settings = async (): Promise<{ site: SiteSettings; parts: SearchParts }> => {
    const playbook = options.playbook && !dev ? options.playbook : loadPlaybook(await readPlaybookSources(defaultLayout(root)));
    const today = todayFrom(options.today, playbook.config.data.timezone);
    const catalog = buildCatalog(playbook, today, { drafts: options.drafts === true });
    // Every SOP and macro published has a searchable page; the search box learns how many parts to merge from the index
    // itself, so no page changes with their number.
    const parts = searchPartsOf(catalog, options.searchShardPages);
    const buildCache = !dev && cacheDir ? { folder: fileURLToPath(cacheDir), code: siteCodeVersion() } : undefined;
    // What each body's own diagrams are is kept between builds: a rebuild parses no unchanged body to find them.
    const authored = jsonMemo<string[]>(buildCache && buildMemoFile(buildCache.folder, 'diagram-sources'), buildCache?.code ?? '');
    const sources = pageDiagramSources(catalog, (document, find) =>
      authored.get(memoKey(`${document.format ?? ''}\0${document.body}`), find),
    );
    authored.save();
    const documents = [
      ...catalog.sops.map((sop) => ({
        path: sop.document.file.path,
        text: sop.document.file.text,
        flowchart: escalationOf(sop, catalog).source,
      })),
      ...catalog.macros.map((macro) => ({ path: macro.document.file.path, text: macro.document.file.text })),
    ];
    const drafts = options.drafts
      ? draftWorklistFor(root, playbook, today, options.playbook && !dev ? options.diagnostics : undefined)
      : undefined;
    // Pages take the playbook already loaded rather than parsing every file again (a third time, with lint and the content
    // loader), and hand back the AI outputs for the integration to write.
    let loaded: string | undefined;
    if (building) {
      loaded = [root, options.today ?? '', options.drafts === true ? 'drafts' : ''].join('\0');
      handover = handOverPlaybook(loaded, playbook, (files) => writeSiteFiles(outDir, files));
    }
    if (building && diagrams && sources.length > 0) {
      // Chromium draws while Astro renders the pages (both cores busy, not one after the other); pages hold a slot
      // for each diagram, filled in `astro:build:done`, which also reports a drawing that failed.
      const svgs = diagrams.render(sources, diagramIdToken);
      svgs.catch(() => undefined);
      drawing = { sources, svgs, service: diagrams, documents };
      const drawnWith = diagrams.drawnWith();
      return {
        site: { root, today: options.today, svgs: {}, undrawn: {}, drawing: sources, drawnWith, drafts, loaded, buildCache },
        parts,
      };
    }
    const svgs = sources.length > 0 && diagrams ? await diagrams.render(sources, diagramIdToken) : new Map<string, string>();
    const undrawn = new Map([...(diagrams?.failures() ?? [])].filter(([source]) => sources.includes(source)));
    browserNeeded = sources.some((source) => !svgs.has(source) && !undrawn.has(source));
    warnings = undrawnWarnings(undrawn, documents);
    // In source order, not in the order the drawings finished: this module's code is part of every page's key in an
    // incremental build (astro-config.ts), so it must not change when the content did not.
    const sorted = (drawn: Map<string, string>) => Object.fromEntries([...drawn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const site = { root, today: options.today, svgs: sorted(svgs), undrawn: sorted(undrawn), drafts, loaded, buildCache };
    return { site, parts };
  };
  /** Waits for the build's drawing and puts each figure in its pages' slots (`pages`: those holding one, when known). */
  const fillDrawnDiagrams = async (outDir: string, pages?: readonly string[]) => {
    if (!drawing) return;
    const { sources, documents, service } = drawing;
    const svgs = await drawing.svgs;
    const undrawn = new Map([...service.failures()].filter(([source]) => sources.includes(source)));
    browserNeeded = sources.some((source) => !svgs.has(source) && !undrawn.has(source));
    warnings = undrawnWarnings(undrawn, documents);
    // Astro's copies of the pages (its incremental build's, `<cacheDir>/dist/`), filled too where every figure was drawn.
    const kept = cacheDir && { folder: fileURLToPath(new URL('dist/', cacheDir)), drawn: new Set(svgs.keys()) };
    await fillDiagramSlotsIn(outDir, prepareDiagrams(Object.fromEntries(svgs), base, Object.fromEntries(undrawn)), pages, kept);
  };
  // Vite loads the module once per environment (content, prerender …): work it out once per build, and again
  // in dev after a content change.
  let computed: { value: ReturnType<typeof settings>; code: Promise<string> } | undefined;
  const siteSettings = () => {
    if (computed) return computed;
    const value = settings();
    return (computed = { value, code: value.then(({ site }) => `export default ${JSON.stringify(site)};`) });
  };
  const computeSettings = () => siteSettings().code;
  /** The parts a build's search index is written in, and which part each page goes to, once the site's data is known. */
  const searchParts = () => siteSettings().value.then(({ parts }) => parts);
  const modules = virtualModules({ [siteModuleId]: computeSettings });
  return {
    name: 'sop-playbook',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = options.contentRoot ?? fileURLToPath(config.root);
        dev = command === 'dev';
        building = command === 'build';
        base = config.base;
        cacheDir = config.cacheDir;
        projectRoot = fileURLToPath(config.root);
        diagrams = createDiagramService(fileURLToPath(config.root), process.env, options.cacheRoot);
        updateConfig({ vite: { plugins: [modules] } });
        // A build starts drawing now, while Astro sets up and bundles, rather than when a page first needs the module.
        if (building) void computeSettings().catch(() => undefined);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentFolder = path.join(root, 'content') + path.sep;
        const onChange = (file: string) => {
          if (!file.startsWith(contentFolder)) return;
          computed = undefined;
          modules.invalidate();
          void reportLintInDev(root, options.today, logger, options.drafts === true, file);
          server.ws.send({ type: 'full-reload' });
        };
        server.middlewares.use(browserRendererMiddleware(server.config.base));
        server.middlewares.use(assetsMiddleware(root, server.config.base));
        server.watcher.add(contentFolder);
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
        void reportLintInDev(root, options.today, logger, options.drafts === true);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (cacheDir) countReuse = startReuseCount(cacheDir);
        // The feed sees every page once: it notes those left with a diagram slot, so that filling them reads no other page.
        slotPages = new Set();
        const feed = (searchIndex = searchIndexFeed(
          base,
          outDir,
          cacheDir,
          (file, html) => {
            if (hasDiagramSlot(html)) slotPages.add(file);
          },
          searchParts,
        ));
        const releaser = (memory = new MemoryReleaser());
        setPrerenderer((prerenderer) => releasingOnceListed(feed.wrap(prerenderer), options.playbook, releaser));
      },
      'astro:build:generated': () => {
        searchIndex?.generated();
        // Before Pagefind writes its index, the build's peak: the render's garbage is given back first.
        memory?.release();
      },
      'astro:build:done': async ({ dir, logger }) => {
        handover?.withdraw();
        const vocabulary = searchVocabularyWriter(fileURLToPath(dir));
        const search = searchIndex!.finish((shard) => vocabulary.readPart(shard));
        // The index and the diagrams at once, on both cores: the slots are filled here while Pagefind writes its index in its
        // own process (the twins were written when the pages handed them back). The diagrams fill their slots only once the index
        // has read the pages copied from the last build from disk, so that none is read while it is rewritten. (Figures
        // are not indexed: a page indexes the same with or without them.) The vocabulary reads each part of an index in
        // parts as soon as it is written, while Pagefind writes the next.
        const playbook = options.playbook ?? loadPlaybook(await readPlaybookSources(defaultLayout(root)));
        const [words] = await Promise.all([
          search.written.then(async (summary) => {
            const { count } = await searchParts();
            logger.info(`search index: ${summary.pages} pages indexed by Pagefind${count > 1 ? `, in ${count} parts` : ''}`);
            return vocabulary.write(searchSynonyms(playbook), count);
          }),
          search.read.then(() => fillDrawnDiagrams(fileURLToPath(dir), search.observedEveryPage ? [...slotPages].sort() : undefined)),
        ]);
        if (browserNeeded) await shipBrowserRenderer(fileURLToPath(dir));
        // Screenshots and recordings live with the content (`content/assets/`), so the site serves them at `/assets/`.
        publishAssets(root, fileURLToPath(dir));
        // Printed, not logged: `sop build` runs Astro at warning level, and which mode ran matters.
        const diagramSummary = diagrams?.summary();
        if (diagramSummary) process.stderr.write(`sop: ${diagramSummary}\n`);
        // Printed like the diagram summary: a rebuild that renders everything again should not go unnoticed.
        const reuse = countReuse?.();
        if (reuse) process.stderr.write(`sop: pages: ${options.fresh ? 0 : reuse.reused} of ${reuse.keyed} reused from the last build\n`);
        for (const warning of warnings) process.stderr.write(`sop: ${warning}\n`);
        // Printed like the diagram summary: whether rare words were left out to stay in budget matters.
        process.stderr.write(`sop: search vocabulary: ${words.kept} of ${words.words} words, ${words.gzipBytes} bytes gzipped\n`);
      },
    },
  };
}
