// The only script every page runs: `/` focuses the search field, and the search code (and Pagefind)
// load on first focus, keypress or a `?q=` in the address, so reading an SOP costs no search bytes.

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

export function bootSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form.site-search');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !input) return;
  let loading: Promise<unknown> | undefined;
  const load = () => void (loading ??= import('./search-ui.ts').then((ui) => ui.attachSearch(form, input)));
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('pointerdown', load, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingTarget(event.target))
      return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked?.trim()) {
    input.value = asked;
    load();
  }
}
