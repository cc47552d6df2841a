// Vitest global set-up: every temporary folder of a test run (the sites the tests build, the playbooks they copy,
// the caches of the `sop` processes they start, Chromium's profiles) goes under one folder of the run's own,
// removed when the run ends, passed or failed (a run killed by a signal leaves it, as Vitest then skips its teardown).
// Tests create them with `os.tmpdir()` and never have to clean up; without this a whole run left 76 folders, 209 MB,
// behind in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(os.tmpdir(), 'sop-tests-'));
  // Read by os.tmpdir() in the test workers and in every process they start, which inherit this environment.
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
