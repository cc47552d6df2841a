import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from './harness.ts';
import { parseHtml } from './parse-html.ts';
import { decodeVocabulary } from '../../src/core/search/vocabulary.ts';
import { searchablePart } from '../../src/integration/pagefind.ts';

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite();
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function page(route: string): Promise<Document> {
  const document = parseHtml(await readFile(path.join(site.dist, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8'));
  expect(document.querySelector('footer.site-footer'), `/${route} parsed to the end`).not.toBeNull();
  return document;
}

const texts = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());

describe('the built playbook', () => {
  // Drawn diagrams are the flowchart's own budget: an author's large Mermaid chart can outweigh a whole page.
  it('keeps every SOP page under 30 KB of HTML, drawn diagrams aside', async () => {
    const sopPages = (await filesUnder(path.join(site.dist, 'sops'))).filter((file) => file.endsWith('index.html'));
    expect(sopPages).toHaveLength(13);
    for (const file of sopPages) {
      const html = await readFile(path.join(site.dist, 'sops', file), 'utf8');
      const withoutDiagrams = html.replace(/<figure class="sop-diagram"[\s\S]*?<\/figure>/g, '');
      expect(Buffer.byteLength(withoutDiagrams), file).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('gives every page one h1 and never a list of every SOP in its frame', async () => {
    for (const route of [
      '',
      'sops/refunds-and-credits/',
      'owners/billing-ops/',
      'categories/billing/',
      'tags/refund/',
      'reviews/',
      '404.html',
    ]) {
      const document = await page(route);
      expect(document.querySelectorAll('h1'), route).toHaveLength(1);
      expect(document.querySelectorAll('header.site-header a'), route).toHaveLength(5);
    }
  });

  it('shows the home page counts, categories and recent changes from git', async () => {
    const document = await page('');
    expect(texts(document, '.stat-list li')).toEqual(['0 overdue for review', '0 due for review soon', '13 SOPs', '28 macros']);
    expect(texts(document, '.category-grid a')[0]).toBe('Intake and triage 3 SOPs');
    expect(document.querySelector('a[href="/categories/billing/"]')).not.toBeNull();
    expect(document.querySelectorAll('.recent .item')).toHaveLength(8);
    expect(texts(document, '.recent .item-head')[0]).toMatch(/^Account recovery and ownership transfer v3\.0\.1$/);
  });

  it('shows an SOP with owner, co-owners, version, review dates, SLAs, approvals and history', async () => {
    const document = await page('sops/refunds-and-credits/');
    const facts = Object.fromEntries(
      [...document.querySelectorAll('.facts > div')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(facts).toMatchObject({
      Version: '5.0.2',
      'Last review': '2 Nov 2026',
      'Next review': '2 May 2028',
      Channels: 'email, chat, phone',
    });
    expect(texts(document, '.facts a[href^="/owners/"]')).toEqual(['Billing operations', 'Helen Voss']);
    const slaRows = [...document.querySelectorAll('#sla-heading + .table-scroll tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent).join(' | '),
    );
    expect(slaRows).toEqual(['high | 2 hours | 4 hours | 1 day', 'normal | 8 hours | 1 day | 3 days']);
    expect(texts(document, '[aria-labelledby="approvals-heading"] li')).toEqual([
      'Helen Voss on 14 Oct 2026',
      'Dana Whitfield on 15 Oct 2026',
    ]);
    // The newest commit first; later commits to the sample (an `ai:` policy, say) add rows without a version bump.
    expect(texts(document, '.history-table tbody td:nth-child(2)')[0]).toBe('5.0.2');
    expect(texts(document, '.sop-body h2')).toEqual(expect.arrayContaining(['Steps', 'Edge cases', 'Common mistakes']));
  });

  it('marks a retired SOP and lists it after the active ones', async () => {
    const retired = await page('sops/legacy-phone-callback/');
    expect(texts(retired, '.banner-retired')[0]).toMatch(/^Retired: do not follow this procedure\./);
    expect(retired.querySelector('[data-pagefind-meta="rank:1"]')).not.toBeNull();
    const category = await page(`categories/${retired.querySelector('.breadcrumbs a:last-child')?.getAttribute('href')?.split('/')[2]}/`);
    const items = [...category.querySelectorAll('.item')];
    expect(items.at(-1)?.classList.contains('retired')).toBe(true);
  });

  it('does not publish drafts anywhere', async () => {
    const files = await filesUnder(site.dist);
    expect(files.some((file) => file.includes('chargeback-disputes'))).toBe(false);
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      expect(await readFile(path.join(site.dist, file), 'utf8'), file).not.toContain('/sops/chargeback-disputes/');
    }
  });

  it('lists what an owner owns, and a person\u2019s teams', async () => {
    const team = await page('owners/billing-ops/');
    expect(texts(team, '#owned-heading')).toEqual(['SOPs owned (2)']);
    expect(texts(team, '[aria-labelledby="owned-heading"] .item-head a')).toEqual([
      'Cancellations and save offers',
      'Refunds and service credits',
    ]);
    expect(texts(team, '[aria-labelledby="people-heading"] a')).toEqual(['Marcus Hale', 'Helen Voss']);
    const person = await page('owners/helen-voss/');
    expect(texts(person, '[aria-labelledby="people-heading"] a')).toEqual(['Billing operations']);
    expect(texts(person, '[aria-labelledby="co-owned-heading"] .item-head a')).toEqual(['Refunds and service credits']);
  });

  it('groups the review calendar by owner under overdue, next 30 days and later', async () => {
    const document = await page('reviews/');
    expect(texts(document, 'h2')).toEqual([
      expect.stringMatching(/^Overdue \(0 items\)$/),
      expect.stringMatching(/^Due in the next 30 days/),
      expect.stringMatching(/^Later \(\d+ items\)$/),
    ]);
    const later = [...document.querySelectorAll('#later .review-group')];
    expect(later.length).toBeGreaterThan(3);
    expect(later[0]?.tagName).toBe('DETAILS');
    expect(later[0]?.querySelector('summary h3')?.textContent).toMatch(/^[A-Z][\w ()]+ \(\d+\)$/);
    expect(later[0]?.querySelector('p a')?.getAttribute('href')).toMatch(/^\/owners\/[a-z-]+\/$/);
    expect(document.querySelector('#overdue, #upcoming')?.querySelector('details')).toBeNull();
  });

  it('serves a 404 page with the search field', async () => {
    const document = await page('404.html');
    expect(document.querySelector('h1')?.textContent).toBe('Page not found');
    expect(document.querySelector('main input[type="search"]')).not.toBeNull();
  });

  it('marks SOP pages for search and keeps page chrome out of the index', async () => {
    const document = await page('sops/refunds-and-credits/');
    expect(document.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    expect(document.querySelector('header.site-header [data-pagefind-body]')).toBeNull();
    const filters = [...document.querySelectorAll('[data-pagefind-filter]')].map((element) => element.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual([
      'type:SOP',
      'category:Billing and payments',
      'channel:email',
      'channel:chat',
      'channel:phone',
      'owner:Billing operations',
      'status:active',
    ]);
    expect(document.querySelector('h1')?.getAttribute('data-pagefind-weight')).toBe('10');
    for (const page of ['', 'reviews/', 'owners/billing-ops/'])
      expect((await readFile(path.join(site.dist, page, 'index.html'), 'utf8')).includes('data-pagefind-body'), page).toBe(false);
  });

  it('hands Pagefind only the part of a page it reads, and the index is byte for byte what whole pages give', async () => {
    const pages: Array<[string, string]> = [];
    for (const file of (await filesUnder(site.dist)).filter((name) => name.endsWith('.html'))) {
      const html = await readFile(path.join(site.dist, file), 'utf8');
      if (html.includes('data-pagefind-body')) pages.push([file, html]);
    }
    expect(pages.length).toBeGreaterThan(40);
    for (const [file, html] of pages) {
      const part = searchablePart(html);
      expect(part, file).not.toContain('class="site-header"');
      expect(part, file).not.toContain('class="site-footer"');
      expect(part, file).toContain('data-pagefind-body');
    }
    const folders: string[] = [];
    const indexOf = async (content: (html: string) => string) => {
      const folder = await mkdtemp(path.join(tmpdir(), 'sop-pagefind-'));
      folders.push(folder);
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      for (const [file, html] of pages) expect((await index!.addHTMLFile({ sourcePath: file, content: content(html) })).errors).toEqual([]);
      expect((await index!.writeFiles({ outputPath: folder })).errors).toEqual([]);
      return folder;
    };
    try {
      const whole = await indexOf((html) => html);
      const part = await indexOf(searchablePart);
      const files = await filesUnder(whole);
      expect(files.filter((file) => file.startsWith('fragment/'))).toHaveLength(pages.length);
      expect(await filesUnder(part)).toEqual(files);
      for (const file of files) {
        const [first, second] = await Promise.all([readFile(path.join(whole, file)), readFile(path.join(part, file))]);
        expect(first.equals(second), file).toBe(true);
      }
    } finally {
      await pagefind.close();
      await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
    }
  });

  it('leaves a page whole for Pagefind when it is not laid out as the site lays out its pages', () => {
    const chrome = '<header class="site-header"><nav>Menu</nav></header>';
    const head = '<html lang="en"><head><title>T</title></head><body class="x">';
    const laidOut = `${head}${chrome}<main><article data-pagefind-body>Text</article></main><footer>F</footer></body></html>`;
    expect(searchablePart(laidOut)).toBe(`${head}<main><article data-pagefind-body>Text</article></main></body></html>`);
    const filterOutside = laidOut.replace('<footer>', '<footer data-pagefind-filter="team:x">');
    expect(searchablePart(filterOutside)).toBe(filterOutside);
    const noMain = '<html><body><article data-pagefind-body>Text</article></body></html>';
    expect(searchablePart(noMain)).toBe(noMain);
    const twoMains = laidOut.replace('<footer>F</footer>', '<main>Second</main>');
    expect(searchablePart(twoMains)).toBe(twoMains);
    // An SOP may write tags in an image's alt text, which hast-util-to-html leaves as they are: never a cut in the wrong place.
    const forged = laidOut.replace('Text', 'Text <img alt="<main> and </main>" src="a.png"> more');
    expect(searchablePart(forged)).toBe(forged);
    const closeOnly = laidOut.replace('Text', 'Text <img alt="</main>" src="a.png"> more');
    expect(searchablePart(closeOnly)).toContain('more</article></main></body></html>');
  });

  it('has no inline scripts or event handlers, so a strict Content-Security-Policy works', async () => {
    for (const file of (await filesUnder(site.dist)).filter((name) => name.endsWith('.html'))) {
      const html = await readFile(path.join(site.dist, file), 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, file).not.toMatch(/\son[a-z]+=/);
    }
  });

  it(
    'writes the search vocabulary: the words the index holds with their page counts, aliases included, ' + 'and the synonyms in force',
    async () => {
      const vocabulary = decodeVocabulary(await readFile(path.join(site.dist, 'search-vocabulary.json'), 'utf8'));
      expect(vocabulary.documents).toBe(41);
      expect(vocabulary.frequency.get('refund')).toBeGreaterThan(5);
      expect(vocabulary.frequency.get('hijacked')).toBe(1);
      expect(vocabulary.words.some((word) => /\d/.test(word))).toBe(false);
      expect(vocabulary.synonyms).toContainEqual(expect.arrayContaining(['refund', 'money back']));
      expect(site.output).toMatch(/sop: search vocabulary: (\d+) of \1 words, \d+ bytes gzipped\n/);
    },
  );

  it('builds byte for byte the same site twice', async () => {
    const again = await buildSite({ run: 2 });
    const files = await filesUnder(site.dist);
    expect(await filesUnder(again.dist)).toEqual(files);
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    for (const file of files) {
      const [first, second] = await Promise.all([readFile(path.join(site.dist, file)), readFile(path.join(again.dist, file))]);
      expect(first.equals(second), file).toBe(true);
    }
  }, 180_000);
});
