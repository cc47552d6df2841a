// "Updated since you last read it" (browser side): localStorage remembers the version of each SOP this
// browser opened; a later visit to a newer version names the change subjects from the page's History.
// Nothing leaves the browser; "Forget what I've read" wipes the record.
import { bumpKind, subjectsSince } from '../../core/changes/versions.ts';
import { showNotice } from './notices.ts';
import { readVersions, writeVersions } from './read-record.ts';

export function trackReading(document: Document): void {
  const article = document.querySelector<HTMLElement>('[data-sop-id]');
  if (!article?.dataset.sopId || !article.dataset.sopVersion) return;
  const { sopId, sopVersion: version } = article.dataset;
  const read = readVersions();
  const seen = read[sopId];
  if (seen && seen !== version) {
    const bump = bumpKind(seen, version);
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('.history-table tbody tr')].map((row) => ({
      version: row.cells[1]?.textContent.trim(),
      subject: row.cells[2]?.textContent.trim() ?? '',
    }));
    showNotice(document, {
      tone: bump === 'major' ? 'major' : bump === 'minor' ? 'minor' : 'patch',
      heading: `Updated since you last read it: ${seen} → ${version}`,
      ...(bump === 'major' ? { note: 'Major change: read the whole procedure again before you follow it.' } : {}),
      lines: subjectsSince(rows, seen),
    });
  }
  read[sopId] = version;
  writeVersions(read);

  const forget = document.querySelector<HTMLButtonElement>('[data-forget-read]');
  const status = document.querySelector<HTMLElement>('[data-forget-status]');
  forget?.addEventListener('click', () => {
    writeVersions(undefined);
    if (status) status.textContent = 'Forgotten: this browser no longer remembers which SOPs you have read';
  });
}
