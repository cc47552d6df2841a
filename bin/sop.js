#!/usr/bin/env node
// The `sop` command. Plain JavaScript so that it can explain itself on an old Node before loading
// the TypeScript sources, which Node 22.18+ runs directly (type stripping).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `sop needs Node 22.18 or newer (this is ${process.version}).\n` +
      'Run it through npm so that the Node pinned by this project is used: `npx sop …` or `npm run build`.\n',
  );
  process.exit(2);
}
// Astro's bundler (Rolldown) and compiler allocate through mimalloc, which by default keeps the memory it frees
// (committed arenas, purged only after a delay that a busy build never reaches): at 10,000 SOPs about 370 MB that
// `sop build` held, unused, to its end. Set before either is loaded, and only where the user set nothing else.
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
process.env.MIMALLOC_PURGE_DELAY ??= '0';
// V8's compiled code and the stripped TypeScript are kept between runs (in the OS temp folder, as Node
// places it): start-up then takes about half the time, and start-up is most of a lint of a small playbook.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  colour: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb',
  now: () => new Date(),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
