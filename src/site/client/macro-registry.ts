// Filter and sort for the macro registry (browser side). The tables are complete without script; this
// only hides rows and reorders them, and keeps the choice in the address so a filtered view can be shared.
import { normalise } from './normalise.ts';

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
  const update = () => {
    apply(controls, root);
    rememberInAddress(controls);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // Enter in the text field must not reload the page with a query the static host ignores.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(update));
  apply(controls, root);
}

function apply(controls: Controls, root: Document): void {
  const words = normalise(controls.text.value).split(' ').filter(Boolean);
  const chosen = controls.selects.map((select) => [select.dataset.filter!, select.value] as const).filter(([, value]) => value !== '');
  const sortKey = controls.sort.value as SortKey;
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
    for (const header of table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')) {
      if (header.dataset.sortKey === sortKey) header.setAttribute('aria-sort', sortKey === 'usage' ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    }
    const empty = table.closest('section')?.querySelector<HTMLElement>('[data-registry-empty]');
    if (empty) empty.hidden = visible > 0;
    table.hidden = visible === 0;
    shown += visible;
    total += rows.length;
  }
  controls.count.textContent = shown === total ? `Showing all ${total} macros` : `Showing ${shown} of ${total} macros`;
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
