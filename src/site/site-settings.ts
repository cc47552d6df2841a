// The settings and precomputed data the integration passes to the site's pages through a virtual module.
import type { DraftWorklist } from '../core/reports/drafts-worklist.ts';

export interface SiteSettings {
  /** The playbook root that holds `content/`. */
  root: string;
  /** `YYYY-MM-DD` when today is pinned (`--today`, `SOP_TODAY`), else undefined: the clock in the playbook's time zone. */
  today: string | undefined;
  /** Diagrams drawn to SVG before pages render, by source (with a placeholder id each page swaps for its own). */
  svgs: Record<string, string>;
  /**
   * A preview that publishes drafts (`sop build --drafts`, `SOP_DRAFTS=1` for `astro dev`): the worklist its `/drafts/` page shows;
   * undefined in the published playbook.
   */
  drafts: DraftWorklist | undefined;
  /** Under which key a build handed over the playbook it loaded (src/site/loaded-playbook.ts); absent in dev and `astro sync`. */
  loaded?: string | undefined;
  /** Diagrams Mermaid could not draw (too large, or its error box), by source, with why: pages show a note instead. */
  undrawn?: Record<string, string>;
  /** Diagrams a build draws while pages render: pages hold a slot for each, filled once drawn (`fillDiagramSlots`). */
  drawing?: string[];
  /**
   * With `drawing`: what besides their sources decides the figures filled in (mode, renderer, a Chromium or not). Only
   * the pages' keys read it: Astro keeps a page with its figures filled in (src/integration/diagrams.ts).
   */
  drawnWith?: string;
  /**
   * Where a build keeps what it derived from unchanged files for the next one (Astro's cache folder), with a hash of the code
   * that derived it (src/site/build-memo.ts); undefined in dev.
   */
  buildCache?: { folder: string; code: string } | undefined;
}
