// Worker thread for diagram-renderer.ts: one Chromium session drawing the diagrams it was handed (`drawInChromium`),
// answered with a single message. A Chromium that cannot start is told apart from other failures, since the build
// goes on without it unless SVGs were demanded.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { DrawingReply, RenderRequest } from './diagram-renderer.ts';

// Before the renderer is imported: a static import would load (and compile) it first.
const { compileCache, executablePath, requests, plan } = workerData as {
  compileCache: string | undefined;
  executablePath: string;
  requests: RenderRequest[];
  plan: { pages: number; batchSize: number };
};
if (compileCache) enableCompileCache(compileCache);
const { ChromiumDidNotStart, drawInChromium } = await import('./diagram-renderer.ts');

let reply: DrawingReply;
try {
  reply = { kind: 'drawn', outcomes: await drawInChromium(executablePath, requests, plan) };
} catch (error) {
  reply =
    error instanceof ChromiumDidNotStart
      ? { kind: 'did-not-start', cause: error.reason }
      : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(reply);
