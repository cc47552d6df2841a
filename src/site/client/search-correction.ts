// The typo notice under the search field: "Showing results for *corrected*; search instead for *typed*",
// the way back a real button, so the keyboard reaches it and a screen reader names it.
import type { Correction } from './search-query.ts';

export function showCorrection(notice: HTMLElement, correction: Correction | undefined, searchAsTyped?: () => void): void {
  if (!correction || !searchAsTyped) {
    notice.replaceChildren();
    notice.hidden = true;
    return;
  }
  const corrected = document.createElement('strong');
  corrected.textContent = correction.query;
  const typed = document.createElement('em');
  typed.textContent = correction.original;
  const instead = document.createElement('button');
  instead.type = 'button';
  instead.className = 'search-instead';
  instead.append('search instead for ', typed);
  instead.addEventListener('click', searchAsTyped, { once: true });
  notice.replaceChildren('Showing results for ', corrected, '; ', instead);
  notice.hidden = false;
}
