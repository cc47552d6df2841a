// Adapter: draws Mermaid diagrams as SVG at build time in headless Chromium (through playwright-core),
// each distinct diagram once, in one browser session, with the SVGs kept on disk between builds.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { getCompileCacheDir } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChromiumDidNotStart, type DrawingPlan, type DrawingReply, type DrawingRequest, type Outcome } from './chromium-drawing-session.ts';
import { browserScript, mermaidVersion } from './mermaid-files.ts';

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

/** Bumped when this file changes what it stores; the browser script and Mermaid are hashed in on their own. */
const cacheFormat = '1';
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

let version: string | undefined;
/** What, besides its source and id, decides the SVG drawn for a diagram: this cache's format, Mermaid and the drawing script. */
export function diagramRendererVersion(): string {
  version ??= [cacheFormat, mermaidVersion, createHash('sha256').update(readFileSync(browserScript)).digest('hex')].join('\0');
  return version;
}

function cacheKey(request: RenderRequest): string {
  return createHash('sha256').update([diagramRendererVersion(), request.id, request.source].join('\0')).digest('hex').slice(0, 32);
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

/**
 * Draws in a thread of its own: Playwright's side of the session (its start, Mermaid's files served to the page, every
 * message to and from Chromium) is about 1.5 s of CPU for a handful of diagrams, which in the build's own thread was
 * taken from Astro's setup and its rendering of the pages; there it runs on the other core.
 */
function drawInThread(executablePath: string, requests: readonly DrawingRequest[], plan: DrawingPlan): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./diagram-drawing-thread.ts', import.meta.url), {
      workerData: { compileCache: getCompileCacheDir(), executablePath, requests, plan },
    });
    // Ctrl-C, or a cancelled CI job, while drawing: a thread never sees the signal, so it is asked to close Chromium
    // (which runs in a process group of its own, out of the signal's reach), and the signal then ends the process as
    // it would have.
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      stopping = true;
      worker.once('exit', () => process.kill(process.pid, signal));
      worker.postMessage('close');
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    let answered = false;
    const answer = (settle: () => void) => {
      answered = true;
      process.off('SIGINT', stop).off('SIGTERM', stop);
      settle();
    };
    worker.once('message', (reply: DrawingReply) => {
      // Stopped: the drawing the closed browser broke off is no failure to report, and the process is about to end.
      if (stopping) return;
      answer(() => {
        if (reply.kind === 'drawn') resolve(reply.outcomes);
        else if (reply.kind === 'did-not-start') reject(new ChromiumDidNotStart(executablePath, reply.reason));
        else reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
      });
      // The session is over and Chromium closed: nothing of the thread's is needed any more.
      void worker.terminate();
    });
    worker.once('error', (error: Error) => answer(() => reject(error)));
    worker.once('exit', (code) => {
      if (!answered && !stopping)
        answer(() => reject(new Error(`the diagram drawing thread stopped (exit code ${code}) before it answered`)));
    });
  });
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
