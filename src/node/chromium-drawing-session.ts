// Adapter: one headless Chromium session (through playwright-core) drawing Mermaid diagrams, run by the drawing thread
// (diagram-drawing-thread.ts) for diagram-renderer.ts, which keeps the cache and decides what to draw.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { drawingLaunchOptions } from './chromium-launch.ts';
import { withFasterConfigCopy } from './mermaid-config-copy.ts';
import { browserScript, mermaidModule } from './mermaid-files.ts';
import { withPlainTextShortcut } from './mermaid-plain-text-sanitize.ts';

/** A diagram to draw: its Mermaid source, and the SVG's id while drawing (Mermaid prefixes every inner id with it). */
export interface DrawingRequest {
  source: string;
  id: string;
}

/** One diagram drawn: its SVG, or why Mermaid could not draw it. */
export type Outcome = { svg: string } | { error: string };

/** How many pages draw at once and how many diagrams each takes per round trip. */
export interface DrawingPlan {
  pages: number;
  batchSize: number;
}

/** What the drawing thread answers, once. */
export type DrawingReply =
  | { kind: 'drawn'; outcomes: Outcome[] }
  | { kind: 'did-not-start'; reason: string }
  | { kind: 'failed'; message: string; stack: string | undefined };

export class ChromiumDidNotStart extends Error {
  /** Why, in one line: the first line of the launch's error. */
  readonly reason: string;

  constructor(executablePath: string, cause: unknown) {
    const reason = firstLine(cause);
    super(`Chromium at \`${executablePath}\` did not start (${reason})`);
    this.name = 'ChromiumDidNotStart';
    this.reason = reason;
  }
}

const origin = 'http://sop.invalid';

/** The render page, once the diagram script is loaded (see `openRenderPage`). */
interface RenderPage {
  sopRenderBatch(requests: DrawingRequest[]): Promise<Outcome[]>;
}

/**
 * Draws `requests` in one Chromium session: an outcome for each, in their order. `launched` is handed the browser as
 * soon as it runs, so that whoever stops the session early can close it.
 */
export async function drawInChromium(
  executablePath: string,
  requests: readonly DrawingRequest[],
  plan: DrawingPlan,
  launched?: (browser: Browser) => void,
): Promise<Outcome[]> {
  const { pages: pageCount, batchSize } = plan;
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch(await drawingLaunchOptions(executablePath));
  } catch (error) {
    throw new ChromiumDidNotStart(executablePath, error);
  }
  launched?.(browser);
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
