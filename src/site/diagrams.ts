// Diagrams on the site's pages. Every diagram (escalation flowcharts and authors' ```mermaid blocks) is
// collected and drawn by the integration before pages render, so pages get finished markup synchronously:
// the SVG when it was drawn at build time, else the source and a small script for the reader's browser.
import type { Catalog } from '../core/catalog.ts';
import { diagramSources } from '../core/markdown/mermaid-blocks.ts';
import { escalationOf } from './escalations.ts';
import { withBase } from '../core/routes.ts';

interface FigureOptions {
  /** Unique on the page: the SVG's id, which every id inside it starts with. */
  id: string;
  /** The diagram's accessible name. */
  label: string;
}

export interface SiteDiagrams {
  figure(source: string, options: FigureOptions): string;
  /** A `renderDiagram` for one document's body: its diagrams become `diagram-1`, `diagram-2` …, named after it. */
  forDocument(title: string): (source: string) => string;
}

/** Stands in for each page's own SVG id in drawn diagrams; swapped when a page uses one. */
export const diagramIdToken = 'sop-diagram-placeholder';

/** Every diagram the published pages can show: each SOP's escalation flowchart and the authors' own. */
export function pageDiagramSources(catalog: Catalog, kept?: Parameters<typeof diagramSources>[1]): string[] {
  const flowcharts = catalog.sops.map((sop) => escalationOf(sop, catalog).source).filter((source): source is string => Boolean(source));
  const authored = diagramSources(
    { sops: catalog.sops.map((sop) => sop.document), macros: catalog.macros.map((macro) => macro.document) },
    kept,
  );
  return [...new Set([...flowcharts, ...authored])];
}

/**
 * Figures for the pages from the SVGs the integration drew beforehand (by source); the rest for the browser to draw.
 * Sources still `drawing` (a build draws them while pages render) get a slot that `fillDiagramSlots` fills afterwards.
 */
export function prepareDiagrams(
  svgs: Readonly<Record<string, string>>,
  base: string,
  undrawn: Readonly<Record<string, string>> = {},
  drawing: readonly string[] = [],
): SiteDiagrams {
  const script = withBase(base, '/_sop/diagrams.js');
  const slotted = new Set(drawing);
  const figure = (source: string, { id, label }: FigureOptions): string => {
    // The slot names its source, not a number: a page kept from an earlier build (Astro's incremental build) fills the same way.
    if (slotted.has(source))
      return (
        `<sop-diagram-slot data-id="${escapeHtml(id)}" data-label="${escapeHtml(label)}" data-source="${escapeHtml(source)}">` +
        `</sop-diagram-slot>`
      );
    const svg = Object.hasOwn(svgs, source) ? svgs[source] : undefined;
    if (svg === undefined && Object.hasOwn(undrawn, source)) {
      // Mermaid failed at build time and would fail the same way in the reader's browser (or draw its
      // error box): the page says so, and keeps its text (the escalation steps beside a flowchart).
      return (
        `<figure class="sop-diagram" data-pagefind-ignore><p class="sop-diagram-error">This diagram could not be drawn: ` +
        `${escapeHtml(undrawn[source]!)}</p></figure>`
      );
    }
    if (svg !== undefined) {
      const titled = svg
        .replaceAll(diagramIdToken, id)
        .replace(`<title id="${id}-title"></title>`, `<title id="${id}-title">${escapeHtml(label)}</title>`);
      return `<figure class="sop-diagram" data-pagefind-ignore>${titled}</figure>`;
    }
    return (
      `<figure class="sop-diagram" data-pagefind-ignore data-diagram-id="${escapeHtml(id)}" data-diagram-label="${escapeHtml(label)}">` +
      `<pre class="sop-diagram-source" data-diagram-source>${escapeHtml(source)}</pre>` +
      `<script type="module" src="${escapeHtml(script)}"></script></figure>`
    );
  };
  return {
    figure,
    forDocument(title) {
      let count = 0;
      return (source) => {
        count++;
        return figure(source, { id: `diagram-${count}`, label: `Diagram ${count} in ${title}` });
      };
    },
  };
}

/** Whether a page was rendered with a slot for a diagram still being drawn. */
export const hasDiagramSlot = (html: string) => html.includes('<sop-diagram-slot ');

const slotPattern = /<sop-diagram-slot data-id="([^"]*)" data-label="([^"]*)" data-source="([^"]*)"><\/sop-diagram-slot>/g;

/** The source of each diagram slot on a page. */
export function diagramSlotSources(html: string): string[] {
  return [...html.matchAll(slotPattern)].map(([, , , source]) => unescapeHtml(source!));
}

/** A page rendered while its diagrams were `drawing`, with each slot replaced by its figure from `diagrams` (prepared once drawn). */
export function fillDiagramSlots(html: string, diagrams: SiteDiagrams): string {
  return html.replace(slotPattern, (_, id: string, label: string, source: string) =>
    diagrams.figure(unescapeHtml(source), { id: unescapeHtml(id), label: unescapeHtml(label) }),
  );
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
