// Shared set-up for site tests: build a playbook into a temp folder (once per options), serve it on
// loopback under its base path, and drive Debian's Chromium through playwright-core.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { chromiumSwitches } from '../../src/node/chromium-launch.ts';
import { findChromium } from '../../src/node/diagram-renderer.ts';

const run = promisify(execFile);
export const repoRoot = path.resolve(import.meta.dirname, '../..');
const nodeBinary = process.execPath;

export interface SiteBuild {
  dist: string;
  base: string;
  contentRoot: string;
  /** What `sop build` printed (stdout, then stderr). */
  output: string;
}

export interface BuildRequest {
  /** Folder holding `content/` (default: the sample playbook in this repo). */
  contentRoot?: string;
  /** Base path such as `/playbook/` (default `/`). */
  base?: string;
  today?: string;
  /** Extra environment for the build, e.g. `{ SOP_DIAGRAMS: 'client' }`. */
  env?: Record<string, string>;
  /** Tells apart builds that are otherwise the same request (the determinism test builds one site twice). */
  run?: number;
  /** Extra `sop build` arguments, such as `['--drafts']`. */
  args?: string[];
}

const builds = new Map<string, Promise<SiteBuild>>();

/** Builds once per distinct request and process; returns where the site is. Throws with the build's output on failure. */
export function buildSite(request: BuildRequest = {}): Promise<SiteBuild> {
  const key = JSON.stringify(request);
  let build = builds.get(key);
  if (!build) builds.set(key, (build = runBuild(request)));
  return build;
}

async function runBuild(request: BuildRequest): Promise<SiteBuild> {
  const contentRoot = request.contentRoot ?? repoRoot;
  const base = request.base ?? '/';
  const dist = await mkdtemp(path.join(os.tmpdir(), 'sop-site-'));
  let output: string;
  try {
    const { stdout, stderr } = await run(
      nodeBinary,
      [path.join(repoRoot, 'bin/sop.js'), 'build', '--root', contentRoot, '--out', dist, ...(request.args ?? [])],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          SOP_TODAY: request.today ?? process.env.SOP_TODAY ?? '2026-11-23',
          SOP_BASE: base,
          NO_COLOR: '1',
          ...request.env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    output = `${stdout}${stderr}`;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`sop build failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
  return { dist, base, contentRoot, output };
}

/** Copies a playbook folder (content/ and friends) to a temp folder so a test can change it freely. */
export async function copyPlaybook(from = repoRoot): Promise<string> {
  const target = await mkdtemp(path.join(os.tmpdir(), 'sop-playbook-'));
  await cp(path.join(from, 'content'), path.join(target, 'content'), { recursive: true });
  return target;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
};

export interface StaticServer {
  /** The site's URL, base path included, e.g. `http://127.0.0.1:41234/playbook/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * A static host like any other: files under the base path, `404.html` for anything missing; `headers` go on every response (a CSP,
 * say).
 */
export async function serveSite(site: SiteBuild, headers: Record<string, string> = {}): Promise<StaticServer> {
  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const send = async (file: string, status = 200) => {
      response.writeHead(status, { ...headers, 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(file));
    };
    if (pathname.startsWith(site.base)) {
      let file = path.join(site.dist, pathname.slice(site.base.length));
      if (!file.startsWith(site.dist)) file = site.dist;
      if (existsSync(file) && (await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      if (existsSync(file)) return send(file);
    }
    const notFound = path.join(site.dist, '404.html');
    if (existsSync(notFound)) return send(notFound, 404);
    response.writeHead(404).end('not found');
  };
  const server: Server = createServer((request, response) => void respond(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${site.base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Why browser tests cannot run here, or undefined when they can. With `SOP_REQUIRE_BROWSER=1` (CI)
 * a missing browser is a failure, never a silent skip.
 */
export function browserSkipReason(): string | undefined {
  if (findChromium()) return undefined;
  const reason = "no Chromium found (install Debian's `chromium` or set SOP_CHROMIUM)";
  if (process.env.SOP_REQUIRE_BROWSER === '1') throw new Error(`browser tests are required but ${reason}`);
  console.warn(`skipping browser tests: ${reason}`);
  return reason;
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found');
  return chromium.launch({
    executablePath,
    headless: true,
    args: chromiumSwitches,
  });
}

/** Types a question into the page's search field (focused with `/`) and waits for the search to say what it found. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  // The first search loads Pagefind's index and WebAssembly: allow for a busy machine.
  await page
    .locator('.search-status')
    .filter({ hasText: /result|match|Nothing/ })
    .waitFor({ timeout: 15_000 });
}
