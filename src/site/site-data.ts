// The site's one door to the playbook: loads it through the core once per build (or per change in dev)
// and hands pages the catalog, rendered bodies and git history.
import { buildCatalog, type Catalog, type CatalogMacro, type CatalogSop } from '../core/catalog.ts';
import settings from 'virtual:sop-playbook/site';
import { todayFrom } from '../node/today.ts';
import { contentSignature } from '../node/content-signature.ts';
import { loadPlaybook } from '../core/load/load-playbook.ts';
import { handBackFiles, handedOverPlaybook } from './loaded-playbook.ts';
import type { Playbook } from '../core/model.ts';
import { contentHistory, type HistoryEntry } from '../node/git-history.ts';
import { defaultLayout, readPlaybookSources } from '../node/read-playbook.ts';
import { markPlaceholders } from './mark-placeholders.ts';
import { collect, recentChanges, type Collections, type RecentChange } from './collections.ts';
import { prepareDiagrams, type SiteDiagrams } from './diagrams.ts';
import { macroRegistry, type MacroRegistry } from '../core/macros/registry.ts';
import { renderBody, type RenderedBody } from './render-body.ts';
import type { DraftWorklist } from '../core/reports/drafts-worklist.ts';
import { checklistSteps } from '../core/checklist/steps.ts';
import { markChecklist } from './checklist-markup.ts';
import { playbookChanges, type PlaybookChange } from '../core/changes/change-log.ts';
import { buildMemo, memoKey } from './build-memo.ts';
import { componentContext, type ComponentSources } from './component-context.ts';
import type { ComponentAsset } from './render-components.ts';
import { commonConcepts, sopConcepts, type ConceptSources, type SopConcepts } from '../core/search/concepts.ts';
import { thesaurusIndex } from '../core/search/synonyms.ts';
import { searchSynonyms } from '../core/search/playbook-synonyms.ts';

export interface Site {
  root: string;
  base: string;
  playbook: Playbook;
  catalog: Catalog;
  /** Rendered once per document and kept: pages, search and feeds share it. */
  sopBody(sop: CatalogSop): RenderedBody;
  /** The body for the SOP's own page, its last reader in a build (`rendersOnce`): there it is handed over, not kept. */
  takeSopBody(sop: CatalogSop): RenderedBody;
  macroBody(macro: CatalogMacro): RenderedBody;
  history(filePath: string): HistoryEntry[];
  /** Owners, categories, tags and the review calendar, grouped once for every page. */
  collections: Collections;
  /** The SOPs changed last in git, newest first. */
  recentChanges(limit: number): RecentChange[];
  /** Every change to a published SOP or macro in git, newest first (`/changes/` and its feed). */
  changes(limit: number): PlaybookChange[];
  /** Where to propose a change to a file (playbook.yaml `editUrl`), or undefined when not configured. */
  editUrl(filePath: string): string | undefined;
  /** Other names for what an SOP is about, from the synonym groups in force: hidden, weighted search text on its page. */
  searchConcepts(sop: CatalogSop): SopConcepts;
  /** Every diagram drawn before pages render: figures with the SVG, or the source for the browser. */
  diagrams: SiteDiagrams;
  /** The macro registry's shelves, worked out once for the registry and every macro page. */
  macroRegistry: MacroRegistry;
  /** A preview that publishes drafts (`sop build --drafts`), with their worklist; undefined in the published playbook. */
  drafts: { worklist: DraftWorklist } | undefined;
  /**
   * Gives files (site path to text) to `sop build`'s integration, which writes them at once
   * (src/site/loaded-playbook.ts); false in dev and wherever nothing was handed over: the pages then publish them.
   */
  handBack(files: Iterable<readonly [string, string]>): boolean;
  /**
   * A build, not `astro dev`: each page and file is rendered once, so what only one of them reads is handed to it rather
   * than kept to the end (at 10,000 SOPs the rendered bodies and `llms-full.txt` are over 150 MB).
   */
  rendersOnce: boolean;
}

let cached: { signature: string; site: Promise<Site> } | undefined;

/**
 * The site, loaded once per build (and again in dev when the content changed). Root, today and the drawn
 * diagrams come from the integration (`virtual:sop-playbook/site`), not from the environment.
 */
export function getSite(base: string, watch = false): Promise<Site> {
  const signature = `${settings.root}\0${base}\0${watch ? contentSignature(settings.root) : ''}`;
  if (!cached || cached.signature !== signature) cached = { signature, site: loadSite(settings.root, base, !watch) };
  return cached.site;
}

/** The playbook `sop build` handed over (the content folder as it linted it), else a fresh load of the content folder. */
export async function getPlaybook(root = settings.root): Promise<Playbook> {
  const release = () => {
    cached = undefined;
  };
  const handedOver = settings.loaded !== undefined && root === settings.root ? handedOverPlaybook(settings.loaded, release) : undefined;
  return handedOver ?? loadPlaybook(await readPlaybookSources(defaultLayout(root)));
}

async function loadSite(root: string, base: string, rendersOnce: boolean): Promise<Site> {
  const playbook = await getPlaybook(root);
  const catalog = buildCatalog(playbook, todayFrom(settings.today, playbook.config.data.timezone), {
    drafts: settings.drafts !== undefined,
  });
  const diagrams = prepareDiagrams(settings.svgs, base, settings.undrawn, settings.drawing);
  const bodies = new Map<string, RenderedBody>();
  let history: Map<string, HistoryEntry[]> | undefined;
  const historyOf = (filePath: string) => {
    history ??= contentHistory(root);
    return history.get(filePath) ?? [];
  };
  let collections: Collections | undefined;
  let registry: MacroRegistry | undefined;
  const editUrl = playbook.config.data.editUrl;
  const render = (key: string, make: () => RenderedBody) => {
    let body = bodies.get(key);
    if (!body) bodies.set(key, (body = make()));
    return body;
  };
  const macroBody = (macro: CatalogMacro) =>
    render(`macro:${macro.id}`, () =>
      renderBody(macro.document.tree, {
        base,
        kind: 'macro',
        transform: markPlaceholders,
        renderDiagram: diagrams.forDocument(macro.data.title),
      }),
    );
  const componentSources: ComponentSources = { root, base, macrosById: catalog.macrosById, macroHtml: (macro) => macroBody(macro).html };
  const assets = new Map<string, ComponentAsset | undefined>();
  const sopKey = (sop: CatalogSop) => `sop:${sop.id}`;
  const sopBody = (sop: CatalogSop) =>
    render(sopKey(sop), () =>
      renderBody(sop.document.tree, {
        base,
        kind: 'sop',
        title: sop.data.title,
        renderDiagram: diagrams.forDocument(sop.data.title),
        transform: markChecklist(sop.data.status === 'retired' ? [] : checklistSteps(sop.document.tree)),
        components: componentContext(componentSources, sop.document.file.path, assets),
      }),
    );
  // Kept between builds by the SOP's text (src/site/build-memo.ts): the common concepts need every SOP's headings, and
  // rendering every body for them would undo a rebuild that renders one page.
  const sectionHeadings = buildMemo<string[]>('section-headings');
  const conceptSources = (sop: CatalogSop): ConceptSources => ({
    title: sop.data.title,
    aliases: sop.data.aliases ?? [],
    summary: sop.data.summary,
    // Sections only: the subheadings of a long SOP name asides, and would give it every concept in the thesaurus.
    headings: sectionHeadings.get(memoKey(sop.document.file.text), () =>
      sopBody(sop)
        .headings.filter((heading) => heading.depth <= 2)
        .map((heading) => heading.text),
    ),
  });
  let concepts: { index: Map<string, string[]>; common: Set<string> } | undefined;
  const conceptsInForce = () => {
    if (concepts) return concepts;
    const index = thesaurusIndex(searchSynonyms(playbook));
    concepts = { index, common: commonConcepts(catalog.sops.map(conceptSources), index) };
    sectionHeadings.save();
    return concepts;
  };
  return {
    root,
    base,
    playbook,
    catalog,
    sopBody,
    takeSopBody: (sop) => {
      const body = sopBody(sop);
      if (rendersOnce) bodies.delete(sopKey(sop));
      return body;
    },
    searchConcepts: (sop) => {
      const { index, common } = conceptsInForce();
      return sopConcepts(conceptSources(sop), index, common);
    },
    macroBody,
    history: historyOf,
    get collections() {
      return (collections ??= collect(catalog));
    },
    recentChanges: (limit) => recentChanges(catalog.sops, historyOf, limit),
    changes: (limit) =>
      playbookChanges(
        [
          ...catalog.sops.map((sop) => ({ kind: 'sop' as const, id: sop.id, title: sop.data.title, path: sop.document.file.path })),
          ...catalog.macros.map((macro) => ({
            kind: 'macro' as const,
            id: macro.id,
            title: macro.data.title,
            path: macro.document.file.path,
          })),
        ],
        historyOf,
        limit,
      ),
    editUrl: (filePath) => (editUrl ? editUrl.replaceAll('{path}', filePath) : undefined),
    diagrams,
    get macroRegistry() {
      return (registry ??= macroRegistry(catalog, playbook.config.data.macros.archiveBelow));
    },
    drafts: settings.drafts ? { worklist: settings.drafts } : undefined,
    handBack: (files) => root === settings.root && handBackFiles(settings.loaded, files),
    rendersOnce,
  };
}
