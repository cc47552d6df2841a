// `npm run lint:code`: every check on the project's own code, each run even when an earlier one fails,
// then one line per check. `astro sync` comes first: it writes the `astro:content` types (.astro/, not in
// git) that typed ESLint and `tsc` need on a fresh clone.
import { spawnSync } from 'node:child_process';

const checks: Array<{ name: string; command: string[] }> = [
  { name: 'astro sync (types for astro:content)', command: ['astro', 'sync'] },
  { name: 'eslint', command: ['eslint', '.'] },
  { name: 'prettier --check', command: ['prettier', '--check', '--log-level=warn', '.'] },
  { name: 'knip (unused files, exports, dependencies)', command: ['knip', '--no-progress'] },
  { name: 'line width', command: ['node', 'scripts/check-line-width.ts'] },
];

const failed: string[] = [];
for (const { name, command } of checks) {
  console.log(`lint:code: ${name}`);
  const [program, ...args] = command as [string, ...string[]];
  const { status } = spawnSync(program, args, { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
console.log(failed.length === 0 ? 'lint:code: all checks passed' : `lint:code: failed: ${failed.join(', ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
