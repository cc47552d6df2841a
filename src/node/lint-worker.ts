// Worker thread for lint-threads.ts: keeps compiled code where the process does, then loads the rules and waits for its job.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

// Before any other import: static imports would load (and compile) the rules first.
const { compileCache } = workerData as { compileCache: string | undefined };
if (compileCache) enableCompileCache(compileCache);
await import('./lint-worker-job.ts');
