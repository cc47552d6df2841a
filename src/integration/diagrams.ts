// The build's diagram drawing: SVG at build time in Chromium when one is found (cached between builds),
// the browser fallback shipped when a diagram was left for it, and a line saying which ran.
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connect } from 'vite';
import {
  diagramModeFrom,
  diagramRendererVersion,
  findChromium,
  renderDiagrams,
  type DiagramMode,
  type RenderResult,
} from '../node/diagram-renderer.ts';
import { browserScript, mermaidModule, mermaidModuleNames } from '../node/mermaid-files.ts';
import { writeCacheFile } from '../node/cache-file.ts';
import { diagramSlotSources, fillDiagramSlots, hasDiagramSlot, type SiteDiagrams } from '../site/diagrams.ts';
import { mermaidSays } from '../core/lint/rules/invalid-diagram.ts';

export interface DiagramService {
  /** Draws each source with `idToken` as its SVG id; returns SVG markup by source for those it could draw. */
  render(sources: readonly string[], idToken: string): Promise<Map<string, string>>;
  /** One line for the build output, e.g. `diagrams: 23 rendered to SVG at build time (19 from cache)`. */
  summary(): string | undefined;
  /** Sources Mermaid could not draw in the last render (too large, or its error box), with why. */
  failures(): ReadonlyMap<string, string>;
  /**
   * What, besides its source, decides how a page shows a diagram: the mode (`SOP_DIAGRAMS`), the renderer's version, and
   * whether a Chromium is there to draw what the cache lacks. Part of every page's key (src/site/page-keys.ts), since a
   * page is kept with its figures drawn in (`fillDiagramSlotsIn`).
   */
  drawnWith(): string;
}

/**
 * Where drawn SVGs are kept: `cacheRoot` (`SOP_CACHE_DIR` as `sop build` resolved it), else `SOP_CACHE_DIR`, else
 * `node_modules/.cache/sop-playbook/` in the site project.
 */
function diagramCacheDir(projectRoot: string, env: NodeJS.ProcessEnv, cacheRoot: string | undefined): string {
  const root =
    cacheRoot ?? (env.SOP_CACHE_DIR ? path.resolve(env.SOP_CACHE_DIR) : path.join(projectRoot, 'node_modules', '.cache', 'sop-playbook'));
  return path.join(root, 'diagrams');
}

export function createDiagramService(projectRoot: string, env: NodeJS.ProcessEnv = process.env, cacheRoot?: string): DiagramService {
  const mode: DiagramMode = diagramModeFrom(env.SOP_DIAGRAMS);
  let summary: string | undefined;
  const failures = new Map<string, string>();
  return {
    async render(sources, idToken) {
      failures.clear();
      const result = await renderDiagrams(
        sources.map((source) => ({ source, id: idToken })),
        { mode, cacheDir: diagramCacheDir(projectRoot, env, cacheRoot), chromium: mode === 'client' ? undefined : findChromium(env) },
      );
      summary = describeResult(result, sources.length);
      for (const { source, error } of result.failed) failures.set(source, error);
      return result.svgs;
    },
    summary: () => summary,
    failures: () => failures,
    drawnWith: () =>
      mode === 'client' ? mode : [mode, diagramRendererVersion(), findChromium(env) === undefined ? 'no Chromium' : 'Chromium'].join('\0'),
  };
}

/** A content file whose diagrams a warning can name: its text, and its escalation flowchart's source. */
export interface DiagramDocument {
  path: string;
  text: string;
  flowchart?: string | undefined;
}

/** One build warning per content file whose diagram Mermaid could not draw, naming the file. */
export function undrawnWarnings(undrawn: ReadonlyMap<string, string>, documents: readonly DiagramDocument[]): string[] {
  const warnings = new Map<string, string>();
  for (const [source, error] of undrawn) {
    for (const document of documents) {
      const escalation = document.flowchart === source;
      if (!escalation && !document.text.includes(source)) continue;
      // Mermaid's parse errors run over several lines (the source line and a caret): said in one, as lint says them.
      const what = `warning: \`${document.path}\`: a diagram could not be drawn (${mermaidSays(error)}); its page says so`;
      warnings.set(
        document.path,
        escalation
          ? `${what} and keeps the steps as text: shorten the escalation path or split the diagram`
          : `${what}: fix the \`\`\`mermaid block (\`sop lint\` shows where)`,
      );
    }
  }
  return [...warnings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, warning]) => warning);
}

/** `diagrams: 23 rendered to SVG at build time (19 from cache; drew 4 in 2.1s)`, or why the browser draws them. */
export function describeResult(result: RenderResult, total: number): string {
  const drawn = result.svgs.size;
  if (result.skipped && drawn === 0) return `diagrams: ${result.skipped}, ${total} drawn in the browser`;
  const timing = result.rendered > 0 ? `; drew ${result.rendered} in ${(result.drawMs / 1000).toFixed(1)}s` : '';
  let summary = `diagrams: ${drawn} rendered to SVG at build time (${result.fromCache} from cache${timing})`;
  if (result.skipped) summary += `; ${result.skipped}, ${total - drawn} drawn in the browser`;
  else if (result.failed.length > 0)
    summary += `; Mermaid could not draw ${result.failed.length}, left for the browser to show: ${firstLine(result.failed[0]?.error)}`;
  return summary;
}

/** Where Astro's incremental build keeps its copies of the pages, and which diagrams were drawn (not left to the browser). */
export interface KeptPages {
  /** Astro's copies of the pages, by the same paths as the output folder's (`<cacheDir>/dist/`). */
  folder: string;
  drawn: ReadonlySet<string>;
}

/**
 * Fills the diagram slots of the pages under `outDir` (rendered while the diagrams were drawn) with their figures:
 * `pages` (relative to `outDir`) when the build already knows which pages hold slots, else every page. A page whose
 * every diagram was drawn is also filled in `kept`, Astro's copy of it, which a rebuild restores: the slots of an
 * unchanged page are then not filled again on every build (a thousand pages at 1,000 SOPs, each read and written).
 * Its key holds what decides its figures (`DiagramService.drawnWith`); a page with a diagram left undrawn keeps its
 * slot there, so a rebuild shows it as a build would then.
 */
export async function fillDiagramSlotsIn(
  outDir: string,
  figures: SiteDiagrams,
  pages?: readonly string[],
  kept?: KeptPages,
): Promise<void> {
  const candidates = pages ?? (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  // Synchronously, one page after another: the pages were just written, so they are read from memory and written to it,
  // and each asynchronous read or write would cost round trips through Node's I/O threads (see write-site-files.ts).
  for (const page of candidates) {
    const file = path.join(outDir, page);
    const html = readFileSync(file, 'utf8');
    if (!hasDiagramSlot(html)) continue;
    const filled = fillDiagramSlots(html, figures);
    writeFileSync(file, filled);
    if (!kept || !diagramSlotSources(html).every((source) => kept.drawn.has(source))) continue;
    // Only a copy Astro keeps (a keyed page), replaced whole: a build stopped here leaves the old copy, never half a page;
    // one that cannot be written is left as it was, slots and all, and filled again by the next build.
    const copy = path.join(kept.folder, page);
    if (existsSync(copy)) writeCacheFile(copy, filled);
  }
}

/** Copies the browser renderer and Mermaid's minified ES build (entry and chunks, as `.js`) to `_sop/` in the built site. */
export async function shipBrowserRenderer(outDir: string): Promise<void> {
  const target = path.join(outDir, '_sop');
  await mkdir(path.join(target, 'mermaid', 'chunks', 'mermaid.esm.min'), { recursive: true });
  await cp(browserScript, path.join(target, 'diagrams.js'));
  await Promise.all(
    (await mermaidModuleNames()).map(async (name) => {
      const text = await mermaidModule(name);
      if (text !== undefined) await writeFile(path.join(target, 'mermaid', name), text);
    }),
  );
}

/** Serves the same files under `<base>_sop/` in `astro dev`. */
export function browserRendererMiddleware(base: string): Connect.NextHandleFunction {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}_sop/`;
  return (request, response, next) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(prefix)) {
      next();
      return;
    }
    const rest = pathname.slice(prefix.length);
    if (rest === 'diagrams.js') {
      response.setHeader('content-type', 'text/javascript; charset=utf-8');
      return void createReadStream(browserScript).pipe(response);
    }
    if (!rest.startsWith('mermaid/')) {
      next();
      return;
    }
    void mermaidModule(rest.slice('mermaid/'.length)).then((text) => {
      if (text === undefined) {
        next();
        return;
      }
      response.setHeader('content-type', 'text/javascript; charset=utf-8');
      response.end(text);
    });
  };
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0] ?? '';
}
