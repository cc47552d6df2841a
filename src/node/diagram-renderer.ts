// Adapter: draws Mermaid diagrams as SVG at build time in headless Chromium (through playwright-core),
// each distinct diagram once, in one browser session, with the SVGs kept on disk between builds.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire, getCompileCacheDir } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Browser, Page } from 'playwright-core';
import { drawingLaunchOptions } from './chromium-launch.ts';
import { withFasterConfigCopy } from './mermaid-config-copy.ts';
import { withPlainTextShortcut } from './mermaid-plain-text-sanitize.ts';

export type DiagramMode = 'auto' | 'svg' | 'client';

export interface DiagramRendererOptions {
  /** `SOP_DIAGRAMS`: `client` always leaves drawing to the browser; `svg` fails when no Chromium is found. */
  mode: DiagramMode;
  /** Where rendered SVGs are kept between builds; undefined keeps none. */
  cacheDir: string | undefined;
  /** The Chromium to launch, or undefined when none was found. */
  chromium: string | undefined;
  /** Pages drawing at once and diagrams per round trip; measured defaults (see `drawingPlan`). */
  pages?: number | undefined;
  batchSize?: number | undefined;
}

export interface RenderRequest {
  source: string;
  /** The SVG's id while rendering; Mermaid prefixes every inner id with it, so pages can swap it for their own. */
  id: string;
}

export interface RenderResult {
  /** SVG markup for each request that could be drawn, by source. */
  svgs: Map<string, string>;
  rendered: number;
  fromCache: number;
  /** How long drawing took, browser start included (0 when everything came from the cache). */
  drawMs: number;
  /** Diagrams Mermaid could not draw (their source and why); pages show them for the browser to try. */
  failed: Array<{ source: string; error: string }>;
  /** Set when nothing was drawn at build time, saying why (no Chromium, `SOP_DIAGRAMS=client` …). */
  skipped: string | undefined;
}

const require = createRequire(import.meta.url);
const mermaidDist = path.dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
const mermaidVersion = (JSON.parse(readFileSync(path.join(mermaidDist, '..', 'package.json'), 'utf8')) as { version: string }).version;
/** The browser half: Mermaid's settings and the SVG tidy-up, shared with the client fallback. */
export const browserScript = fileURLToPath(new URL('../site/client/diagrams.js', import.meta.url));

const mermaidChunks = 'chunks/mermaid.esm.min';
const mermaidModuleName = new RegExp(`^(?:mermaid\\.esm\\.min|${mermaidChunks.replaceAll('.', '\\.')}/[\\w-]+)\\.js$`);

/**
 * One file of Mermaid's minified ES build as the site serves it (`mermaid.esm.min.js`,
 * `chunks/mermaid.esm.min/<chunk>.js`), or undefined for any other name. Renamed from `.mjs`, with its
 * imports to match, because many static hosts serve `.mjs` with a type browsers refuse for modules.
 */
export async function mermaidModule(name: string): Promise<string | undefined> {
  if (!mermaidModuleName.test(name)) return undefined;
  try {
    const text = await readFile(path.join(mermaidDist, name.replace(/\.js$/, '.mjs')), 'utf8');
    return text.replace(/(["'`])(\.{1,2}\/[^"'`\s]*?)\.mjs\1/g, '$1$2.js$1');
  } catch {
    return undefined;
  }
}

/** Every file `mermaidModule` serves. */
export async function mermaidModuleNames(): Promise<string[]> {
  const chunks = (await readdir(path.join(mermaidDist, mermaidChunks))).filter((file) => file.endsWith('.mjs'));
  return ['mermaid.esm.min.js', ...chunks.map((file) => `${mermaidChunks}/${file.replace(/\.mjs$/, '.js')}`)];
}

/** Bumped when this file changes what it stores; the browser script and Mermaid are hashed in on their own. */
const cacheFormat = '1';
const origin = 'http://sop.invalid';
/** Diagrams per round trip to the page; also how many a page must have to draw for opening it to pay. */
const batchSize = 20;

/** Debian's Chromium, or the one `SOP_CHROMIUM` names. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.SOP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((candidate): candidate is string =>
    Boolean(candidate),
  );
  return candidates.find((candidate) => existsSync(candidate));
}

export function diagramModeFrom(value: string | undefined): DiagramMode {
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (value === 'svg' || value === 'client') return value;
  throw new Error(`\`SOP_DIAGRAMS\` must be \`svg\`, \`client\` or \`auto\`; got \`${value}\``);
}

let scriptHash: string | undefined;
function cacheKey(request: RenderRequest): string {
  scriptHash ??= createHash('sha256').update(readFileSync(browserScript)).digest('hex');
  return createHash('sha256')
    .update([cacheFormat, mermaidVersion, scriptHash, request.id, request.source].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Whether Mermaid drew its error box instead of the diagram (the twin of `mermaidErrorIn` in
 * browser/diagrams.js, which cannot be imported here: it runs on load in a page). Such an SVG is
 * never published nor cached.
 */
export function isMermaidErrorSvg(svg: string): boolean {
  return svg.includes('Maximum text size in diagram exceeded') || svg.includes('aria-roledescription="error"');
}

async function readCached(cacheDir: string | undefined, key: string): Promise<string | undefined> {
  if (!cacheDir) return undefined;
  try {
    const svg = await readFile(path.join(cacheDir, `${key}.svg`), 'utf8');
    // A file cut short (a build killed mid-write on a file system without atomic rename) is redrawn.
    return svg.startsWith('<svg') && svg.endsWith('</svg>') && !isMermaidErrorSvg(svg) ? svg : undefined;
  } catch {
    return undefined;
  }
}

async function writeCached(cacheDir: string | undefined, key: string, svg: string): Promise<void> {
  if (!cacheDir) return;
  const target = path.join(cacheDir, `${key}.svg`);
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, svg, 'utf8');
  await rename(temp, target);
}

/**
 * SVGs for the requests, from the cache where it has them; the rest drawn in one Chromium session.
 * Without a Chromium (or with `client` mode) nothing is drawn and `skipped` says why.
 */
/** Mermaid's `maxTextSize`: a longer source is drawn as its "Maximum text size" box, so it is not sent at all. */
const mermaidMaxTextSize = 50_000;

export async function renderDiagrams(requests: readonly RenderRequest[], options: DiagramRendererOptions): Promise<RenderResult> {
  const result: RenderResult = { svgs: new Map(), rendered: 0, fromCache: 0, drawMs: 0, failed: [], skipped: undefined };
  const distinct: RenderRequest[] = [];
  for (const request of new Map(requests.map((each) => [each.source, each])).values()) {
    if (request.source.length <= mermaidMaxTextSize) distinct.push(request);
    else
      result.failed.push({
        source: request.source,
        error: `Maximum text size in diagram exceeded (${request.source.length} characters, Mermaid draws at most ${mermaidMaxTextSize})`,
      });
  }
  if (options.mode === 'client') return { ...result, skipped: '`SOP_DIAGRAMS=client`' };
  if (options.cacheDir) await mkdir(options.cacheDir, { recursive: true });

  const missing: Array<RenderRequest & { key: string }> = [];
  await Promise.all(
    distinct.map(async (request) => {
      const key = cacheKey(request);
      const svg = await readCached(options.cacheDir, key);
      if (svg === undefined) missing.push({ ...request, key });
      else result.svgs.set(request.source, svg);
    }),
  );
  result.fromCache = result.svgs.size;
  if (missing.length === 0) return result;
  if (!options.chromium) {
    if (options.mode === 'svg')
      throw new Error("`SOP_DIAGRAMS=svg` needs a Chromium: install Debian's `chromium` or set `SOP_CHROMIUM` to its path");
    return { ...result, skipped: 'no Chromium found' };
  }
  // Sorted so that batches, and thus any failure, come out the same on every build.
  missing.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const started = performance.now();
  let outcomes: Outcome[];
  try {
    const requestsToDraw = missing.map(({ source, id }) => ({ source, id }));
    outcomes = await drawInThread(options.chromium, requestsToDraw, drawingPlan(missing.length, options));
  } catch (error) {
    // A Chromium that is there but cannot start is no reason to stop the build, unless SVGs were demanded.
    if (!(error instanceof ChromiumDidNotStart) || options.mode === 'svg') throw error;
    return { ...result, skipped: error.message };
  }
  result.drawMs = performance.now() - started;
  await Promise.all(
    missing.map(async (request, index) => {
      const outcome = outcomes[index];
      if (!outcome || 'error' in outcome || isMermaidErrorSvg(outcome.svg)) {
        const error = !outcome ? 'no result' : 'error' in outcome ? outcome.error : 'Maximum text size in diagram exceeded';
        result.failed.push({ source: request.source, error });
        return;
      }
      result.svgs.set(request.source, outcome.svg);
      result.rendered++;
      await writeCached(options.cacheDir, request.key, outcome.svg);
    }),
  );
  return result;
}

export class ChromiumDidNotStart extends Error {
  /** Why, in one line: the first of the launch's error. */
  readonly reason: string;

  constructor(executablePath: string, cause: unknown) {
    const reason = firstLine(cause);
    super(`Chromium at \`${executablePath}\` did not start (${reason})`);
    this.name = 'ChromiumDidNotStart';
    this.reason = reason;
  }
}

export type Outcome = { svg: string } | { error: string };

/** What the drawing thread (diagram-drawing-thread.ts) sends back, once. */
export type DrawingReply =
  { kind: 'drawn'; outcomes: Outcome[] } | { kind: 'did-not-start'; cause: string } | { kind: 'failed'; message: string };

/**
 * Draws in a thread of its own: Playwright's side of the session (its start, Mermaid's files served to the page, every
 * message to and from Chromium) is about 1.5 s of CPU for a handful of diagrams, which in the build's own thread was
 * taken from Astro's setup and its rendering of the pages; there it runs on the other core.
 */
function drawInThread(
  executablePath: string,
  requests: readonly RenderRequest[],
  plan: { pages: number; batchSize: number },
): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./diagram-drawing-thread.ts', import.meta.url), {
      workerData: { compileCache: getCompileCacheDir(), executablePath, requests, plan },
    });
    let replied = false;
    worker.once('message', (reply: DrawingReply) => {
      replied = true;
      if (reply.kind === 'drawn') resolve(reply.outcomes);
      else if (reply.kind === 'did-not-start') reject(new ChromiumDidNotStart(executablePath, reply.cause));
      else reject(new Error(reply.message));
    });
    worker.once('error', (error: Error) => {
      replied = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`the diagram drawing thread stopped (exit code ${code}) before it answered`));
    });
  });
}
/** The render page, once the diagram script is loaded (see `openRenderPage`). */
interface RenderPage {
  sopRenderBatch(requests: RenderRequest[]): Promise<Outcome[]>;
}

/** How many pages draw at once and how many diagrams each takes per round trip. */
export function drawingPlan(
  count: number,
  options: { pages?: number | undefined; batchSize?: number | undefined } = {},
): { pages: number; batchSize: number } {
  const size = Math.max(1, options.batchSize ?? batchSize);
  const wanted = options.pages ?? Math.min(os.availableParallelism(), 4);
  // Never a page without a batch of its own: opening one costs as much as loading Mermaid.
  return { pages: Math.max(1, Math.min(wanted, Math.ceil(count / size))), batchSize: size };
}

/** Draws `requests` in one Chromium session (in the drawing thread): an outcome for each, in their order. */
export async function drawInChromium(
  executablePath: string,
  requests: readonly RenderRequest[],
  plan: { pages: number; batchSize: number },
): Promise<Outcome[]> {
  const { pages: pageCount, batchSize } = plan;
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch(await drawingLaunchOptions(executablePath));
  } catch (error) {
    throw new ChromiumDidNotStart(executablePath, error);
  }
  try {
    const pages = await Promise.all(Array.from({ length: pageCount }, () => openRenderPage(browser)));
    const outcomes = new Array<Outcome>(requests.length);
    let next = 0;
    // Each page takes the next batch when it is free, so a slow diagram does not hold the others up.
    await Promise.all(
      pages.map(async (page) => {
        while (next < requests.length) {
          const start = next;
          next += batchSize;
          const batch = requests.slice(start, start + batchSize).map(({ id, source }) => ({ id, source }));
          const drawn = await page.evaluate((list) => (window as unknown as RenderPage).sopRenderBatch(list), batch);
          drawn.forEach((outcome, offset) => (outcomes[start + offset] = outcome));
        }
      }),
    );
    return outcomes;
  } finally {
    await browser.close();
  }
}

/**
 * Hidden: Mermaid still lays the diagrams out (hidden content keeps its boxes, so the SVGs are the same), but
 * nothing is painted, rasterised or composited for a screen nobody looks at (about 10 % of the drawing's CPU).
 */
const renderPageHtml = '<!doctype html><html lang="en" style="visibility:hidden"><head><meta charset="utf-8"></head><body></body></html>';

/** A blank page that can load only the diagram script and Mermaid, from disk: no network at all. */
async function openRenderPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: renderPageHtml });
    const body =
      url.pathname === '/_sop/diagrams.js'
        ? await readFile(browserScript, 'utf8')
        : url.pathname.startsWith('/_sop/mermaid/')
          ? await mermaidModule(url.pathname.slice('/_sop/mermaid/'.length)).then(
              (text) => text && withFasterConfigCopy(withPlainTextShortcut(text)),
            )
          : undefined;
    if (body === undefined) return route.abort();
    return route.fulfill({ contentType: 'text/javascript', body });
  });
  await page.goto(`${origin}/`);
  // Loaded by the page itself: an `import()` in code handed to `evaluate` would be rewritten by Vite.
  await page.addScriptTag({
    type: 'module',
    content: "import { renderBatch } from '/_sop/diagrams.js'; window.sopRenderBatch = renderBatch;",
  });
  await page.waitForFunction(() => 'sopRenderBatch' in window);
  return page;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
