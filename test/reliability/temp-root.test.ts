// The test run keeps its temporary folders under one folder of its own (test/helpers/temp-root.ts), which it
// removes when it ends: the sites, playbooks and caches of one run must not pile up in the machine's /tmp.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('temporary folders of a test run', () => {
  it('go under a folder of the run, for the tests and for the processes they start', () => {
    const root = os.tmpdir();
    expect(path.basename(root)).toMatch(/^sop-tests-/);
    const child = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child).toBe(root);
  });
});
