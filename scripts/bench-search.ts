// `npm run bench:search`: asks rep questions through the site's real search field in Chromium, and through
// Pagefind with its defaults (what Starlight ships), and prints top-1, top-3 and empty answers per question set.
// Flags: --root DIR (playbook, default this repo), --site DIR (an already built site; skips the build),
// --questions FILE (repeatable; default scripts/search-questions/sample-*.json), --misses (list them, and answers in the top 3
// but not first), --json.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { buildSite, launchBrowser, repoRoot, serveSite, type SiteBuild } from '../test/site/harness.ts';

interface Question {
  q: string;
  /** SOP ids (or `macro:<id>`) any of which answers the question; drafts are not published, so never expect one. */
  expect: string[];
}
interface QuestionSet {
  name: string;
  questions: Question[];
}

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    site: { type: 'string' },
    base: { type: 'string', default: '/' },
    questions: { type: 'string', multiple: true },
    misses: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const questionFolder = path.join(repoRoot, 'scripts/search-questions');
const files =
  values.questions ??
  readdirSync(questionFolder)
    .filter((name) => name.startsWith('sample-') && name.endsWith('.json'))
    .sort()
    .map((name) => path.join(questionFolder, name));
const sets = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as QuestionSet);

const site: SiteBuild = values.site
  ? { dist: path.resolve(values.site), base: values.base, contentRoot: '', output: '' }
  : await buildSite({ contentRoot: values.root ? path.resolve(values.root) : repoRoot, base: values.base });

/** Result titles to SOP ids and `macro:<id>`, read from the built pages (the search box shows titles, not addresses). */
function idsByTitle(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [kind, prefix] of [
    ['macros', 'macro:'],
    ['sops', ''],
  ] as const) {
    const folder = path.join(site.dist, kind);
    for (const id of readdirSync(folder)) {
      let html: string;
      try {
        html = readFileSync(path.join(folder, id, 'index.html'), 'utf8');
      } catch {
        continue;
      }
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
      if (title) ids.set(decode(title.replace(/<[^>]+>/g, '').trim()), `${prefix}${id}`);
    }
  }
  return ids;
}
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");

/** The site search as a rep uses it: type into the field, wait until the results settle, read them. */
async function siteSearch(page: Page, query: string, titles: Map<string, string>): Promise<string[]> {
  const input = page.locator('#site-search-input');
  await input.fill('');
  // Wait for the cleared field to clear the results, so the last question's results are not read as this one's.
  for (let tries = 0; tries < 50 && ((await page.locator('.search-status').textContent()) ?? '') !== ''; tries += 1)
    await page.waitForTimeout(50);
  await input.fill(query);
  let last = '';
  let stable = 0;
  for (let tries = 0; tries < 100 && stable < 3; tries += 1) {
    await page.waitForTimeout(100);
    const now = `${await page.locator('.search-status').textContent()}|${(
      await page.locator('#site-search-results .result-name').allTextContents()
    ).join('|')}`;
    stable = now === last && now !== '|' && !now.startsWith('|') ? stable + 1 : 0;
    last = now;
  }
  const names = await page.locator('#site-search-results [role="option"] .result-name').allTextContents();
  return names.map((name) => titles.get(name) ?? `(unknown) ${name}`);
}

/** Pagefind with nothing set but the base URL, on a page that never loaded the site's search. */
async function pagefindDefaults(page: Page, query: string): Promise<string[]> {
  const urls = await page.evaluate(
    async ([base, term]) => {
      // What the benchmark uses of Pagefind's browser API, which ships no types.
      interface Pagefind {
        options: (options: { baseUrl: string }) => Promise<void>;
        mergeIndex: (path: string, options: { baseUrl: string }) => Promise<void>;
        search: (term: string, options?: object) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
      }
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      // A large playbook's index in parts (src/core/search/shards.ts): all of them, without their record of every word.
      const { parts } = (await (await fetch(`${base}pagefind/parts.json`)).json()) as { parts: number };
      for (let part = 1; part < parts; part++) await pagefind.mergeIndex(`${base}pagefind/shards/${part}/`, { baseUrl: base });
      const response = await pagefind.search(term, parts > 1 ? { filters: { not: { 'every-word': 'yes' } } } : {});
      return Promise.all(response.results.slice(0, 10).map(async (hit) => (await hit.data()).url));
    },
    [site.base, query] as const,
  );
  return urls.map((url) => {
    const [, kind, id] = /\/(sops|macros)\/([^/]+)\//.exec(url) ?? [];
    return kind ? `${kind === 'macros' ? 'macro:' : ''}${id}` : url;
  });
}

interface Tally {
  top1: number;
  top3: number;
  /** Questions answered with no result at all: the dead ends search promises never to have. */
  empty: number;
  misses: Array<{ q: string; expect: string[]; got: string[] }>;
  /** In the top 3 but not first. */
  notFirst: Array<{ q: string; expect: string[]; got: string[] }>;
}

const server = await serveSite(site);
const browser: Browser = await launchBrowser();
const report: Array<{ set: string; questions: number; site: Tally; pagefind: Tally }> = [];
try {
  const titles = idsByTitle();
  const sitePage = await browser.newPage();
  await sitePage.goto(server.url);
  await sitePage.locator('#site-search-input').focus();
  const defaultsPage = await browser.newPage();
  await defaultsPage.goto(`${server.url}reviews/`);
  for (const set of sets) {
    const tally = (): Tally => ({ top1: 0, top3: 0, empty: 0, misses: [], notFirst: [] });
    const entry = { set: set.name, questions: set.questions.length, site: tally(), pagefind: tally() };
    for (const question of set.questions) {
      for (const [engine, ids] of [
        ['site', await siteSearch(sitePage, question.q, titles)],
        ['pagefind', await pagefindDefaults(defaultsPage, question.q)],
      ] as const) {
        const counts = entry[engine];
        if (ids.length === 0) counts.empty += 1;
        const first = question.expect.includes(ids[0] ?? '');
        if (first) counts.top1 += 1;
        if (ids.slice(0, 3).some((id) => question.expect.includes(id))) {
          counts.top3 += 1;
          if (!first) counts.notFirst.push({ q: question.q, expect: question.expect, got: ids.slice(0, 3) });
        } else counts.misses.push({ q: question.q, expect: question.expect, got: ids.slice(0, 3) });
      }
    }
    report.push(entry);
  }
} finally {
  await browser.close();
  await server.close();
}

if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const rows = report.map(
    (entry) =>
      `| ${entry.set} | ${entry.questions} | ${entry.site.top1} | ${entry.site.top3} | ${entry.site.empty} | ${entry.pagefind.top1} | ` +
      `${entry.pagefind.top3} | ${entry.pagefind.empty} |`,
  );
  process.stdout.write(
    [
      '| set | questions | site top-1 | site top-3 | site empty | ' +
        'Pagefind defaults top-1 | Pagefind defaults top-3 | Pagefind defaults empty |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
  if (values.misses) {
    for (const entry of report) {
      for (const engine of ['site', 'pagefind'] as const) {
        for (const [label, list] of [
          ['miss', entry[engine].misses],
          ['not first', entry[engine].notFirst],
        ] as const) {
          for (const miss of list) {
            const got = miss.got.join(', ') || 'nothing';
            process.stdout.write(`${label} (${entry.set}, ${engine}): \`${miss.q}\` wanted ${miss.expect.join(' or ')}, got ${got}\n`);
          }
        }
      }
    }
  }
}
