// Checklist mode (browser side): the numbered steps get checkboxes; ticks live in the URL fragment (a run
// link a colleague can open) and in sessionStorage; a run is pinned to the SOP's version and carried over,
// with a notice, when the SOP changed since; "Copy run log" puts a plain-text internal note on the clipboard.
import { carryRun, decodeRun, encodeRun, localTime, runLog, type RunState } from '../../core/checklist/run.ts';
import { copyText, showForManualCopy } from './copy-button.ts';
import { showNotice } from './notices.ts';

export function enhanceSopRun(document: Document): void {
  const article = document.querySelector<HTMLElement>('[data-sop-id]');
  const bar = document.querySelector<HTMLElement>('[data-run-bar]');
  const items = [...document.querySelectorAll<HTMLElement>('li[data-step]')];
  if (!article || !bar || items.length === 0 || bar.dataset.enhanced) return;
  bar.dataset.enhanced = 'true';
  const { sopId = '', sopVersion: version = '', sopTitle: title = '' } = article.dataset;
  const storageKey = `sop-playbook:run:${sopId}`;
  const ids = items.map((item) => item.dataset.step!);
  const progress = bar.querySelector<HTMLElement>('[data-run-progress]')!;
  const status = bar.querySelector<HTMLElement>('[data-run-status]')!;
  const source = bar.querySelector<HTMLTextAreaElement>('[data-run-source]')!;

  let state: RunState | undefined;
  let changedNotice: HTMLElement | undefined;
  const saved = decodeRun(location.hash) ?? decodeRun(readSession(storageKey));
  if (saved) {
    const carried = carryRun(saved, version, ids);
    state = carried.state;
    if (carried.changed) {
      const { from, to, dropped } = carried.changed;
      changedNotice = showNotice(document, {
        tone: 'run',
        heading: `This SOP changed since this run started (${from} → ${to})`,
        note:
          dropped > 0
            ? `${dropped} ticked ${dropped === 1 ? 'step no longer matches and was' : 'steps no longer match and were'} ` +
              `cleared; the other ticks are kept.`
            : 'Every ticked step still matches and stays ticked.',
      });
    }
  }

  const boxes = items.map((item, index) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'step-check';
    box.setAttribute('aria-label', `Done: step ${item.dataset.stepNumber ?? index + 1}`);
    box.checked = state?.done.includes(ids[index]!) ?? false;
    item.toggleAttribute('data-done', box.checked);
    box.addEventListener('change', () => {
      item.toggleAttribute('data-done', box.checked);
      state = {
        version: state?.version ?? version,
        started: state?.started ?? Date.now(),
        done: ids.filter((_, position) => boxes[position]!.checked),
      };
      save();
    });
    item.prepend(box);
    return box;
  });

  const showProgress = () => {
    progress.textContent = `Checklist: ${boxes.filter((box) => box.checked).length} of ${boxes.length} steps done`;
  };
  const save = () => {
    const encoded = state ? encodeRun(state) : '';
    history.replaceState(history.state, '', encoded ? `#${encoded}` : location.pathname + location.search);
    writeSession(storageKey, encoded);
    showProgress();
  };
  // A run brought back from the tab's storage goes into the address, unless that points at a heading.
  if (state && (!location.hash || decodeRun(location.hash))) save();
  else showProgress();

  bar.querySelector('[data-run-reset]')?.addEventListener('click', () => {
    state = undefined;
    for (const [index, box] of boxes.entries()) {
      box.checked = false;
      items[index]!.removeAttribute('data-done');
    }
    changedNotice?.remove();
    save();
    status.textContent = 'Checklist reset';
  });

  const copyRunLog = async () => {
    status.textContent = '';
    source.hidden = true;
    state ??= { version, started: Date.now(), done: [] };
    save();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    source.textContent = runLog({
      title,
      version,
      link: location.href,
      steps: items.map((item, index) => ({
        number: Number(item.dataset.stepNumber ?? index + 1),
        text: stepText(item),
        done: boxes[index]!.checked,
      })),
      started: localTime(new Date(state.started), zone),
      copied: localTime(new Date(), zone),
      ...(state.version !== version ? { startedOn: state.version } : {}),
    });
    if ((await copyText(source)) === 'copied') {
      status.textContent = 'Run log copied: paste it as an internal note';
      return;
    }
    showForManualCopy(source);
    status.textContent = 'Copying is blocked in this browser: the run log is selected below, press Ctrl+C (⌘C on a Mac) to copy it';
  };
  bar.querySelector('[data-run-copy]')?.addEventListener('click', () => void copyRunLog());
}

/** The step as the rep reads it, without its sub-steps or the checkbox. */
function stepText(item: HTMLElement): string {
  const copy = item.cloneNode(true) as HTMLElement;
  for (const nested of copy.querySelectorAll('ol, ul, input')) nested.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

function readSession(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function writeSession(key: string, value: string): void {
  try {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage off (private mode, policy): the fragment still carries the run.
  }
}
