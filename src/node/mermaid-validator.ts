// Adapter: validates authors' mermaid diagrams with Mermaid itself before a lint run, so `invalid-diagram` stays synchronous.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DiagramValidator, DiagramVerdict } from '../core/lint/rule.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';

export const mermaidVersion = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;

/** Verdicts by source hash, shared by every run in this process (`astro dev` lints after each change). */
const known = new Map<string, DiagramVerdict>();

export interface ValidateOptions {
  /** A JSON file that keeps verdicts between runs: loading Mermaid and happy-dom takes most of a second. */
  cacheFile?: string | undefined;
  timeoutMs?: number;
}

interface CacheFile {
  mermaid: string;
  verdicts: Record<string, DiagramVerdict>;
}

const hashOf = (source: string) => createHash('sha256').update(source).digest('hex');

/**
 * Where verdicts are kept between runs: `node_modules/.cache/sop-playbook/`, as other tools do, or without
 * node_modules a folder per playbook in the system's temp folder, as Node keeps its compile cache.
 */
export function diagramCacheFile(root: string): string {
  const nodeModules = path.join(root, 'node_modules');
  if (existsSync(nodeModules)) return path.join(nodeModules, '.cache', 'sop-playbook', 'mermaid-verdicts.json');
  const folder = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(tmpdir(), 'sop-playbook-cache', folder, 'mermaid-verdicts.json');
}

/**
 * Validates every source not validated before, in a worker thread that loads Mermaid in a happy-dom
 * window once, and returns a lookup by source. Rejects when Mermaid cannot run at all.
 */
export async function validateDiagrams(sources: readonly string[], options: ValidateOptions = {}): Promise<DiagramValidator> {
  const lookup: DiagramValidator = (source) => known.get(hashOf(source));
  if (sources.length === 0) return lookup;
  if (options.cacheFile) {
    for (const [hash, verdict] of Object.entries(readCache(options.cacheFile))) if (!known.has(hash)) known.set(hash, verdict);
  }
  const missing = [...new Set(sources)].filter((source) => !known.has(hashOf(source)));
  if (missing.length === 0) return lookup;
  const verdicts = await runWorker(missing, options.timeoutMs ?? 120_000);
  missing.forEach((source, index) => known.set(hashOf(source), verdicts[index] ?? { valid: true }));
  if (options.cacheFile) writeCache(options.cacheFile, sources);
  return lookup;
}

function readCache(file: string): Record<string, DiagramVerdict> {
  try {
    const cache = JSON.parse(readCacheFile(file) ?? '') as Partial<CacheFile>;
    // Another Mermaid may judge a diagram differently: its verdicts start afresh.
    return cache.mermaid === mermaidVersion && cache.verdicts && typeof cache.verdicts === 'object' ? cache.verdicts : {};
  } catch {
    return {};
  }
}

/** Keeps the verdicts of this run's diagrams only, so the file never outgrows the playbook; a cache that cannot be written is no error. */
function writeCache(file: string, sources: readonly string[]): void {
  const verdicts: Record<string, DiagramVerdict> = {};
  for (const source of sources) {
    const hash = hashOf(source);
    const verdict = known.get(hash);
    if (verdict) verdicts[hash] = verdict;
  }
  // A read-only checkout lints as well, only more slowly next time.
  writeCacheFile(file, `${JSON.stringify({ mermaid: mermaidVersion, verdicts } satisfies CacheFile)}\n`);
}

function runWorker(sources: string[], timeoutMs: number): Promise<DiagramVerdict[]> {
  return new Promise((resolve, reject) => {
    // Mermaid may log; its output must not mix with a report on stdout.
    const worker = new Worker(new URL('./mermaid-worker.ts', import.meta.url), { workerData: sources, stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`Mermaid took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    worker.once('message', (verdicts: DiagramVerdict[]) => {
      clearTimeout(timer);
      resolve(verdicts);
      void worker.terminate();
    });
    worker.once('error', (error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
    // Settles nothing after a verdict arrived; otherwise the worker died without one.
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Mermaid stopped before it answered (exit code ${code})`));
    });
  });
}
