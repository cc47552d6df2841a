// The search box, loaded on first use: Pagefind under the site's base path, filter menus built from
// the index, and results as a listbox the keyboard walks (ARIA combobox pattern, no framework).
import {
  loadResults,
  searchWithFallback,
  withoutEveryWordRecord,
  type PagefindSearch,
  type SearchAids,
  type SearchFilters,
  type SearchOutcome,
  type SearchResult,
} from './search-query.ts';
import { showCorrection } from './search-correction.ts';
import { thesaurusIndex } from '../../core/search/synonyms.ts';
import { decodeVocabulary, vocabularyFile } from '../../core/search/vocabulary.ts';
import { updatedSince } from './read-record.ts';
import { mostSearchShards, searchPartsFile, searchShardFolder } from '../../core/search/shards.ts';

interface Pagefind extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const shownResults = 20;
const filterLabels: Record<string, string> = { type: 'Type', category: 'Category', channel: 'Channel', owner: 'Owner', status: 'Status' };

export async function attachSearch(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const filterBox = form.querySelector<HTMLElement>('.search-filters')!;
  const status = form.querySelector<HTMLElement>('.search-status')!;
  const listbox = form.querySelector<HTMLUListElement>('.search-results')!;
  const notice = form.querySelector<HTMLElement>('.search-correction')!;
  const base = form.dataset.base ?? '/';
  let results: SearchResult[] = [];
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let aids: Promise<SearchAids> | undefined;
  /** The query the rep asked to search as typed ("search instead for"), until they change it. */
  let exactly: string | undefined;

  const say = (text: string) => (status.textContent = text);
  let pagefind: Pagefind;
  /** How many parts a large playbook's index is in (src/core/search/shards.ts), as the index says. */
  let shards = 1;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}${searchShardFolder(0)}pagefind.js`)) as Pagefind;
    // SOPs are long and macros short: Pagefind's default length penalty ranked a one-line macro above
    // the SOP it belongs to. These values put the right page in the top three for 25 of 25 rep questions
    // over the sample playbook (the defaults: 23 before the key-word search, 25 with it but fewer first places).
    const options = { baseUrl: base, excerptLength: 18, ranking: { pageLength: 0.3, termFrequency: 0.5 } };
    await pagefind.options(options);
    shards = await partsOf(base);
    // Each part ranked with the same options. One that cannot load fails the search box as a missing index does:
    // Pagefind would keep it and fail every search.
    const parts = Array.from({ length: shards - 1 }, (_, shard) => `${base}${searchShardFolder(shard + 1)}`);
    await Promise.all(parts.map((part) => pagefind.mergeIndex(part, options)));
  } catch {
    panel.hidden = false;
    say('Search is not available: the search index is missing. Build the site with `sop build` to create it.');
    return;
  }
  const selects = buildFilters(filterBox, await pagefind.filters(), () => schedule(0));

  const filters = (): SearchFilters => {
    const chosen: SearchFilters = {};
    for (const select of selects) if (select.value) chosen[select.name] = select.value;
    return chosen;
  };

  const setActive = (index: number) => {
    const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
    active = index < 0 || options.length === 0 ? -1 : index % options.length;
    options.forEach((option, position) => option.setAttribute('aria-selected', String(position === active)));
    const current = options[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const open = (event: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}, index = active < 0 ? 0 : active) => {
    const result = results[index];
    if (!result) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey) window.open(result.url, '_blank', 'noopener');
    else location.assign(result.url);
  };

  const show = (outcome: SearchOutcome, loaded: SearchResult[], query: string) => {
    results = loaded;
    listbox.replaceChildren(...loaded.map((result, index) => renderOption(result, index)));
    listbox.hidden = loaded.length === 0;
    input.setAttribute('aria-expanded', String(loaded.length > 0));
    setActive(-1);
    const described = describe(outcome, loaded.length, query, Object.keys(filters()).length > 0);
    // One live region: the status says what was searched; the notice beside it holds the way back.
    say(outcome.corrected ? `Showing results for “${outcome.corrected.query}”. ${described}` : described);
    showCorrection(notice, outcome.corrected, () => {
      exactly = input.value.trim();
      input.focus();
      schedule(0);
    });
  };

  async function run(): Promise<void> {
    const query = input.value.trim();
    const chosen = filters();
    const mine = ++sequence;
    if (!query && Object.keys(chosen).length === 0) {
      results = [];
      listbox.replaceChildren();
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      panel.hidden = query === '' && document.activeElement !== input && !form.contains(document.activeElement);
      say('');
      showCorrection(notice, undefined);
      return;
    }
    panel.hidden = false;
    // The vocabulary and synonyms load when the first search starts, never with the page.
    aids ??= loadAids(base);
    const outcome = await searchWithFallback(shards > 1 ? withoutEveryWordRecord(pagefind) : pagefind, query, chosen, {
      ...(await aids),
      correct: query !== exactly,
    });
    const loaded = await loadResults(outcome, shownResults);
    if (mine === sequence) show(outcome, loaded, query);
  }

  function schedule(delay = 120): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  }

  input.addEventListener('input', () => {
    exactly = undefined;
    schedule();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() || Object.keys(filters()).length > 0) panel.hidden = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      panel.hidden = false;
      const down = event.key === 'ArrowDown';
      setActive(active < 0 ? (down ? 0 : results.length - 1) : (active + (down ? 1 : results.length - 1)) % results.length);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        panel.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        setActive(-1);
      }
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    if (results.length > 0 && !panel.hidden) open();
    else void run();
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) {
      panel.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
  });
  // Options are not focusable: keep focus in the field while the pointer picks one.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option) open(event, Number(option.dataset.index));
  });
  listbox.addEventListener('auxclick', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option && event.button === 1) open({ ctrlKey: true }, Number(option.dataset.index));
  });

  if (input.value.trim()) {
    if (document.activeElement !== input) input.focus();
    await run();
  }
}

/** The playbook's vocabulary and synonym groups; search works without them when the file is missing or unreadable. */
async function loadAids(base: string): Promise<SearchAids> {
  try {
    const response = await fetch(`${base}${vocabularyFile}`);
    if (!response.ok) return {};
    const vocabulary = decodeVocabulary(await response.text());
    return { vocabulary, synonyms: thesaurusIndex(vocabulary.synonyms) };
  } catch {
    return {};
  }
}

function describe(outcome: SearchOutcome, shown: number, query: string, filtered: boolean): string {
  const total = outcome.hits.length;
  const count = `${total} result${total === 1 ? '' : 's'}${total > shown ? `, showing the first ${shown}` : ''}`;
  const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');
  switch (outcome.kind) {
    case 'all':
      return count;
    case 'browse':
      return `${total} page${total === 1 ? '' : 's'} match the filters${total > shown ? `, showing the first ${shown}` : ''}`;
    case 'some':
      return `No page matches every word; showing pages that match some of them${
        outcome.missing.length > 0 ? ` (nothing matches ${quoted(outcome.missing)})` : ''
      }. ${count}`;
    case 'close':
      return `No page matches ${quoted(outcome.missing)}; showing pages with words that start the same way. ${count}`;
    case 'none':
      return `Nothing matches “${query}”${filtered ? ' with these filters' : ''}. Try other words${
        filtered ? ' or fewer filters' : ''
      }, or browse the categories on the home page.`;
  }
}

/** How many parts the index is in: `pagefind/parts.json`, revalidated (a site rebuilt may have more or fewer); else one. */
async function partsOf(base: string): Promise<number> {
  try {
    const response = await fetch(`${base}${searchShardFolder(0)}${searchPartsFile}`, { cache: 'no-cache' });
    const { parts } = (await response.json()) as { parts?: unknown };
    return typeof parts === 'number' && Number.isInteger(parts) && parts > 0 && parts <= mostSearchShards ? parts : 1;
  } catch {
    return 1;
  }
}

function buildFilters(box: HTMLElement, available: Record<string, Record<string, number>>, onChange: () => void): HTMLSelectElement[] {
  const selects: HTMLSelectElement[] = [];
  for (const name of Object.keys(filterLabels)) {
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en'));
    if (values.length < 2) continue;
    const label = document.createElement('label');
    const select = document.createElement('select');
    select.name = name;
    select.append(new Option(`Any ${filterLabels[name]!.toLowerCase()}`, ''));
    for (const [value, count] of values) select.append(new Option(`${value} (${count})`, value));
    select.addEventListener('change', onChange);
    label.append(filterLabels[name]!, ' ', select);
    box.append(label);
    selects.push(select);
  }
  return selects;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderOption(result: SearchResult, index: number): HTMLLIElement {
  const option = document.createElement('li');
  option.id = `site-search-option-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset.index = String(index);
  const heading = element('span', 'result-title');
  heading.append(element('span', 'result-name', result.title));
  if (result.type) heading.append(element('span', `badge type-${result.type.toLowerCase()}`, result.type));
  if (result.status) heading.append(element('span', `badge status-${result.status}`, result.status));
  const updated = result.sop && result.version ? updatedSince(result.sop, result.version) : undefined;
  if (updated)
    heading.append(element('span', `badge updated-${updated.bump}`, `Updated since you read it: ${updated.seen} → ${result.version}`));
  option.append(heading);
  if (result.summary) option.append(element('span', 'result-summary', result.summary));
  const excerpt = renderExcerpt(result.excerpt);
  if (excerpt) option.append(excerpt);
  const facts = [result.owner && `Owner: ${result.owner}`, result.category, result.section && `matched in “${result.section}”`]
    .filter(Boolean)
    .join(' · ');
  if (facts) option.append(element('span', 'result-facts', facts));
  return option;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);

/** Pagefind's excerpt with its `<mark>`s, rebuilt as text nodes so no content is ever parsed as HTML. */
function renderExcerpt(excerpt: string): HTMLElement | undefined {
  if (!excerpt.includes('<mark>')) return undefined;
  const node = element('span', 'result-excerpt');
  excerpt.split(/<\/?mark>/).forEach((part, position) => {
    const text = decode(part);
    if (!text) return;
    node.append(position % 2 === 1 ? element('mark', '', text) : document.createTextNode(text));
  });
  return node;
}
