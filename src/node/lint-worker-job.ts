// In a lint worker thread: per-file lint rules over the chunks of documents it takes (see lint-threads.ts).
import { parentPort } from 'node:worker_threads';
import { perFileEntries } from '../core/lint/cached-lint.ts';
import type { LintOptions } from '../core/lint/engine.ts';
import { loadPlaybook } from '../core/load/load-playbook.ts';
import type { ThreadJob, ThreadResult } from './lint-threads.ts';

parentPort!.once('message', (job: ThreadJob) => {
  const { verdicts } = job;
  const options: LintOptions = {
    today: job.today,
    publishDrafts: job.publishDrafts,
    validateDiagram: verdicts && ((source) => verdicts.get(source)),
  };
  // playbook.yaml and team.yaml once; the documents chunk by chunk.
  const settings = loadPlaybook({ playbook: job.config, team: job.team, sops: [], macros: [] });
  const result: ThreadResult = [];
  for (;;) {
    const chunk = Atomics.add(job.nextChunk, 0, 1);
    if (chunk >= job.chunkStarts.length) break;
    const first = job.chunkStarts[chunk]!;
    const documents = job.documents.slice(first, job.chunkStarts[chunk + 1]);
    const indexOf = new Map(documents.map((document, offset) => [document.file.path, first + offset]));
    const loaded = loadPlaybook({
      playbook: undefined,
      team: undefined,
      sops: documents.filter((document) => document.kind === 'sop').map((document) => document.file),
      macros: documents.filter((document) => document.kind === 'macro').map((document) => document.file),
    });
    const { entries } = perFileEntries({ ...settings, sops: loaded.sops, macros: loaded.macros }, options);
    for (const [document, entry] of entries) result.push([indexOf.get(document.file.path)!, entry]);
  }
  parentPort!.postMessage(result);
});
