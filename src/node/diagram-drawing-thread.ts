// Worker thread for diagram-renderer.ts: one Chromium session drawing the diagrams it was handed, answered with a single
// message. A Chromium that cannot start is told apart from other failures, since the build goes on without it unless
// SVGs were demanded. A worker thread never sees a signal, so Playwright's own clean-up on Ctrl-C cannot run here: the
// other side sends `close` instead, and the browser is closed before the thread ends.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Browser } from 'playwright-core';
import type { DrawingPlan, DrawingReply, DrawingRequest } from './chromium-drawing-session.ts';

// Before the session's code is imported: a static import would load (and compile) it first.
const { compileCache, executablePath, requests, plan } = workerData as {
  compileCache: string | undefined;
  executablePath: string;
  requests: DrawingRequest[];
  plan: DrawingPlan;
};
if (compileCache) enableCompileCache(compileCache);
const { ChromiumDidNotStart, drawInChromium } = await import('./chromium-drawing-session.ts');

const port = parentPort!;
let browser: Browser | undefined;
let closing = false;
const closeAndEnd = () => void (browser?.close() ?? Promise.resolve()).finally(() => process.exit(0));
port.on('message', (message: unknown) => {
  if (message !== 'close') return;
  closing = true;
  // A Chromium still starting is closed as soon as it runs.
  if (browser) closeAndEnd();
});
// Listening must not keep the thread alive once the session is over.
port.unref();
const launched = (running: Browser) => {
  browser = running;
  if (closing) closeAndEnd();
};

let reply: DrawingReply;
try {
  reply = { kind: 'drawn', outcomes: await drawInChromium(executablePath, requests, plan, launched) };
} catch (error) {
  reply =
    error instanceof ChromiumDidNotStart
      ? { kind: 'did-not-start', reason: error.reason }
      : {
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        };
}
port.postMessage(reply);
