// Copy buttons for macro replies (browser side): the raw reply onto the clipboard, confirmed on screen
// and to screen readers; where the Clipboard API is missing or refused (a playbook served over plain
// http, an old browser) the reply is shown selected so the rep can press Ctrl+C.

/** How long "Copied" stays on screen. */
const confirmationMs = 4000;

/** Shows every copy button under `root` (they ship hidden, useless without script) and wires it up. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-copy-reply]')) {
    if (box.dataset.enhanced) continue;
    const button = box.querySelector<HTMLButtonElement>('button[data-copy-button]');
    const source = box.querySelector<HTMLTextAreaElement>('textarea[data-copy-source]');
    const status = box.querySelector<HTMLElement>('[data-copy-status]');
    if (!button || !source || !status) continue;
    box.dataset.enhanced = 'true';
    button.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const copy = async () => {
      clearTimeout(timer);
      // Emptied first so that a second copy is announced again.
      status.textContent = '';
      box.removeAttribute('data-copied');
      box.removeAttribute('data-copy-blocked');
      const outcome = await copyText(source);
      if (outcome === 'copied') {
        box.setAttribute('data-copied', '');
        status.textContent = 'Copied to clipboard';
        timer = setTimeout(() => {
          status.textContent = '';
          box.removeAttribute('data-copied');
        }, confirmationMs);
        return;
      }
      box.setAttribute('data-copy-blocked', '');
      showForManualCopy(source);
      status.textContent = 'Copying is blocked in this browser: the reply is selected below, press Ctrl+C (⌘C on a Mac) to copy it';
    };
    button.addEventListener('click', () => void copy());
  }
}

/** The textarea's original text onto the clipboard; the SOP run log shares it. */
export async function copyText(source: HTMLTextAreaElement): Promise<'copied' | 'blocked'> {
  const text = source.defaultValue;
  // lib.dom types the Clipboard API as always there; over plain http and in old browsers it is not.
  const clipboard = navigator.clipboard as Partial<Clipboard> | undefined;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return 'copied';
    } catch {
      // Refused (permissions, no focus): the older way below may still work.
    }
  }
  return copyWithSelection(source) ? 'copied' : 'blocked';
}

/** The pre-Clipboard-API way: select the text in a (briefly shown, off-screen) textarea and ask for a copy. */
function copyWithSelection(source: HTMLTextAreaElement): boolean {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  source.classList.add('copy-source-offscreen');
  source.hidden = false;
  source.focus({ preventScroll: true });
  source.select();
  let copied: boolean;
  try {
    // Deprecated but still the only synchronous copy where the Clipboard API is absent.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback for browsers without the Clipboard API
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  source.hidden = true;
  source.classList.remove('copy-source-offscreen');
  focused?.focus({ preventScroll: true });
  return copied;
}

/** Where copying is refused: the text shown and selected for Ctrl+C. */
export function showForManualCopy(source: HTMLTextAreaElement): void {
  source.hidden = false;
  source.rows = Math.min(12, source.defaultValue.split('\n').length + 1);
  source.focus();
  source.select();
}
