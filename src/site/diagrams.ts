// Diagrams on the site's pages. Every diagram (escalation flowcharts and authors' ```mermaid blocks) is
// collected and drawn before pages render, so pages get finished markup synchronously: the SVG when it
// was drawn at build time, else the source and a small script for the reader's browser to draw it.
import type { Catalog } from '../core/catalog.ts';
import { diagramSources } from '../core/markdown/mermaid-blocks.ts';
import { escalationOf } from './escalations.ts';
import { withBase } from '../core/routes.ts';

/** Where the Astro integration leaves its renderer for the pages (they run in the same process). */
export const diagramRendererKey = Symbol.for('sop-playbook.diagram-renderer');

/** What the integration provides (src/integration/diagrams.ts). */
export interface DiagramRendererPort {
  /** Draws each source with `idToken` as its SVG id; returns SVG markup by source for those it could draw. */
  render(sources: readonly string[], idToken: string): Promise<Map<string, string>>;
  /** A page shows a diagram for the browser to draw, so the build must ship the browser renderer. */
  needsBrowser(): void;
}

export interface FigureOptions {
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
const idToken = 'sop-diagram-placeholder';

/** Every diagram the published pages can show: each SOP's escalation flowchart and the authors' own. */
export function pageDiagramSources(catalog: Catalog): string[] {
  const flowcharts = catalog.sops.map((sop) => escalationOf(sop, catalog).source).filter((source): source is string => Boolean(source));
  const authored = diagramSources({ sops: catalog.sops.map((sop) => sop.document), macros: catalog.macros.map((macro) => macro.document) });
  return [...new Set([...flowcharts, ...authored])];
}

export async function prepareDiagrams(sources: readonly string[], base: string): Promise<SiteDiagrams> {
  const renderer = (globalThis as Record<symbol, DiagramRendererPort | undefined>)[diagramRendererKey];
  const svgs = renderer && sources.length > 0 ? await renderer.render(sources, idToken) : new Map<string, string>();
  const script = withBase(base, '/_sop/diagrams.js');
  const figure = (source: string, { id, label }: FigureOptions): string => {
    const svg = svgs.get(source);
    if (svg !== undefined) {
      const titled = svg.replaceAll(idToken, id).replace(`<title id="${id}-title"></title>`, `<title id="${id}-title">${escapeHtml(label)}</title>`);
      return `<figure class="sop-diagram" data-pagefind-ignore>${titled}</figure>`;
    }
    renderer?.needsBrowser();
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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
