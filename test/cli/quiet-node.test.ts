// The README's commands on the machine's own Node (20 here): npm runs them on the pinned Node 24 without
// complaining first (no `npm warn EBADENGINE`), so a user sees only the command's own output.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The machine's Node, not the pinned one: the first that exists outside node_modules. */
const machineNode = ['/usr/local/bin/node', '/usr/bin/node'].find((candidate) => existsSync(candidate));
const machineNpx = machineNode && path.join(path.dirname(machineNode), 'npx');
const reason = !machineNode || !existsSync(machineNpx!) ? 'no Node with npx in /usr/local/bin or /usr/bin' : undefined;
if (reason) console.log(`skipping the machine-Node test: ${reason}`);

describe.skipIf(Boolean(reason))('npx sop on the machine’s Node', () => {
  it('prints the help and nothing on stderr', async () => {
    const folder = path.dirname(machineNode!);
    const { stdout: version } = await run(machineNode!, ['--version']);
    const { stdout, stderr } = await run(machineNpx!, ['sop', '--help'], {
      cwd: repoRoot,
      // Only the machine's folders on PATH, as in a fresh shell: npx itself must put the pinned Node first.
      env: { PATH: `${folder}:/usr/bin:/bin`, HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1', npm_config_update_notifier: 'false' },
    });
    expect(version).toMatch(/^v\d+\./);
    expect(stdout).toMatch(/^Usage: sop /);
    expect(stderr).toBe('');
  }, 60_000);
});
