// Filter and sort for the macro registry (browser side). The tables are complete without script; this
// only hides rows and reorders them, and keeps the choice in the address so a filtered view can be shared.
// A registry spread over pages (the form names its index) is filtered over the index instead, every macro
// of every page, and the matches drawn in the page's tables.
import { normalise } from './normalise.ts';
import { searchTextOf, type IndexedMacro, type MacroIndex } from './registry-index.ts';
import { registryRow } from './registry-rows.ts';

type SortKey = 'title' | 'usage' | 'next-review';

interface Controls {
  form: HTMLFormElement;
  text: HTMLInputElement;
  selects: HTMLSelectElement[];
  sort: HTMLSelectElement;
  count: HTMLElement;
}

export function enhanceRegistry(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-registry-controls]');
  const text = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const sort = form?.querySelector<HTMLSelectElement>('select[name="sort"]');
  const count = form?.querySelector<HTMLElement>('[data-registry-count]');
  if (!form || !text || !sort || !count) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const controls: Controls = { form, text, selects, sort, count };
  restoreFromAddress(controls);
  form.hidden = false;
  const indexUrl = form.dataset.registryIndex;
  const filter = indexUrl ? indexedFilter(root, controls, indexUrl, form.dataset.base ?? '/') : () => apply(controls, root);
  const update = () => {
    filter();
    rememberInAddress(controls);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // Enter in the text field must not reload the page with a query the static host ignores.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(update));
  filter();
}

/** What the controls ask for: the words typed, the chosen filters and the sort. */
function choiceOf(controls: Controls) {
  return {
    words: normalise(controls.text.value).split(' ').filter(Boolean),
    chosen: controls.selects.map((select) => [select.dataset.filter!, select.value] as const).filter(([, value]) => value !== ''),
    sortKey: controls.sort.value as SortKey,
  };
}

function apply(controls: Controls, root: Document): void {
  const { words, chosen, sortKey } = choiceOf(controls);
  let shown = 0;
  let total = 0;
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-registry-table]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-macro]')];
    let visible = 0;
    for (const row of rows) {
      const haystack = row.dataset.search ?? '';
      const matches = words.every((word) => haystack.includes(word)) && chosen.every(([filter, value]) => row.dataset[filter] === value);
      row.hidden = !matches;
      if (matches) visible += 1;
    }
    rows.sort(comparator(sortKey)).forEach((row) => body.append(row));
    markSorted(table, sortKey);
    const empty = table.closest('section')?.querySelector<HTMLElement>('[data-registry-empty]');
    if (empty) empty.hidden = visible > 0;
    table.hidden = visible === 0;
    shown += visible;
    total += rows.length;
  }
  controls.count.textContent = shown === total ? `Showing all ${total} macros` : `Showing ${shown} of ${total} macros`;
}

function markSorted(table: HTMLTableElement, sortKey: SortKey): void {
  for (const header of table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')) {
    if (header.dataset.sortKey === sortKey) header.setAttribute('aria-sort', sortKey === 'usage' ? 'descending' : 'ascending');
    else header.removeAttribute('aria-sort');
  }
}

/** Rows drawn at a time from the index: a page's worth, and as many more at each "Show more". */
const batch = 200;

/**
 * The filter of a registry spread over pages: the page as built while nothing is chosen; else the matches among
 * all macros (the index, fetched once, on first use), a batch at a time, in the shelves' tables.
 */
function indexedFilter(root: Document, controls: Controls, indexUrl: string, base: string): () => void {
  const tables = [...root.querySelectorAll<HTMLTableElement>('table[data-registry-table]')];
  const shelves = ['in-use', 'archive-candidate', 'archived'] as const;
  const built = tables.map((table) => ({ table, rows: [...(table.tBodies[0]?.rows ?? [])], hidden: table.hidden }));
  const pageParts = [...root.querySelectorAll<HTMLElement>('[data-registry-pager], [data-registry-range], [data-registry-elsewhere]')];
  const more = root.querySelector<HTMLElement>('[data-registry-more]');
  const moreButton = more?.querySelector('button');
  const rangeText = root.querySelector('[data-registry-range]')?.textContent ?? '';
  let index: Promise<{ index: MacroIndex; searchText: string[] }> | undefined;
  let shownUpTo = batch;
  let run = 0;

  const showBuilt = () => {
    for (const { table, rows, hidden } of built) {
      table.tBodies[0]?.replaceChildren(...rows);
      table.hidden = hidden;
      markSorted(table, 'title');
      const empty = table.closest('section')?.querySelector<HTMLElement>('[data-registry-empty]');
      if (empty) empty.hidden = true;
    }
    for (const part of pageParts) part.hidden = false;
    if (more) more.hidden = true;
    controls.count.textContent = `Showing ${rangeText.replace(/^Macros/, 'macros')}`;
  };

  const filter = async () => {
    const ticket = ++run;
    const { words, chosen, sortKey } = choiceOf(controls);
    if (words.length === 0 && chosen.length === 0 && sortKey === 'title') {
      showBuilt();
      return;
    }
    index ??= fetch(indexUrl)
      .then((response) => (response.ok ? (response.json() as Promise<MacroIndex>) : Promise.reject(new Error(String(response.status)))))
      .then((loaded) => ({ index: loaded, searchText: loaded.macros.map((macro) => searchTextOf(macro, loaded)) }));
    const loaded = await index.catch(() => undefined);
    if (ticket !== run) return;
    if (!loaded) {
      index = undefined;
      controls.count.textContent = 'The filter could not load the list of all macros; browse the pages below';
      return;
    }
    const fieldOf: Record<string, (macro: IndexedMacro) => string> = {
      category: (macro) => loaded.index.categories[macro.category]?.[0] ?? '',
      owner: (macro) => loaded.index.owners[macro.owner]?.[0] ?? '',
      status: (macro) => macro.status,
    };
    const matches = loaded.index.macros.filter(
      (macro, number) =>
        words.every((word) => loaded.searchText[number]!.includes(word)) &&
        chosen.every(([filter, value]) => fieldOf[filter]?.(macro) === value),
    );
    matches.sort(indexComparator(sortKey));
    const listed = matches.slice(0, shownUpTo);
    for (const [position, { table }] of built.entries()) {
      const rows = listed.filter((macro) => macro.shelf === shelves[position]).map((macro) => registryRow(root, macro, loaded.index, base));
      table.tBodies[0]?.replaceChildren(...rows);
      table.hidden = rows.length === 0;
      markSorted(table, sortKey);
      const empty = table.closest('section')?.querySelector<HTMLElement>('[data-registry-empty]');
      if (empty) empty.hidden = rows.length > 0;
    }
    for (const part of pageParts) part.hidden = true;
    if (more) more.hidden = matches.length <= listed.length;
    const total = loaded.index.macros.length;
    const partly = matches.length > listed.length ? ` (the first ${listed.length} listed)` : '';
    controls.count.textContent =
      matches.length === total ? `Showing all ${total} macros${partly}` : `Showing ${matches.length} of ${total} macros${partly}`;
  };

  moreButton?.addEventListener('click', () => {
    shownUpTo += batch;
    void filter();
  });
  return () => {
    shownUpTo = batch;
    void filter();
  };
}

function indexComparator(key: SortKey): (a: IndexedMacro, b: IndexedMacro) => number {
  const byTitle = (a: IndexedMacro, b: IndexedMacro) => a.title.localeCompare(b.title, 'en');
  if (key === 'usage') return (a, b) => (b.usage ?? -1) - (a.usage ?? -1) || byTitle(a, b);
  if (key === 'next-review') return (a, b) => (a.next ?? '9999-12-31').localeCompare(b.next ?? '9999-12-31') || byTitle(a, b);
  return byTitle;
}

function comparator(key: SortKey): (a: HTMLTableRowElement, b: HTMLTableRowElement) => number {
  const byTitle = (a: HTMLTableRowElement, b: HTMLTableRowElement) => (a.dataset.title ?? '').localeCompare(b.dataset.title ?? '', 'en');
  if (key === 'usage') {
    // Most used first; macros nobody counted go last.
    const uses = (row: HTMLTableRowElement) => (row.dataset.usage ? Number(row.dataset.usage) : -1);
    return (a, b) => uses(b) - uses(a) || byTitle(a, b);
  }
  if (key === 'next-review') {
    const next = (row: HTMLTableRowElement) => row.dataset.nextReview ?? '9999-12-31';
    return (a, b) => next(a).localeCompare(next(b)) || byTitle(a, b);
  }
  return byTitle;
}

function restoreFromAddress(controls: Controls): void {
  const params = new URLSearchParams(location.search);
  controls.text.value = params.get('q') ?? '';
  for (const select of [...controls.selects, controls.sort]) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
}

function rememberInAddress(controls: Controls): void {
  const params = new URLSearchParams();
  if (controls.text.value.trim()) params.set('q', controls.text.value.trim());
  for (const select of controls.selects) if (select.value) params.set(select.name, select.value);
  if (controls.sort.value !== 'title') params.set('sort', controls.sort.value);
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
