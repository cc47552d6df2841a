// Notices on an SOP page (the run changed, the SOP was updated since last read): cards in a fixed corner
// region, so showing one never moves the text a rep is reading; each can be dismissed.

export interface Notice {
  /** `major` is marked strongly; `minor` and `patch` less so; `run` for a checklist run. */
  tone: 'major' | 'minor' | 'patch' | 'run';
  heading: string;
  lines?: readonly string[];
  note?: string;
}

export function showNotice(document: Document, notice: Notice): HTMLElement | undefined {
  const region = document.querySelector<HTMLElement>('[data-sop-notices]');
  if (!region) return undefined;
  const card = document.createElement('div');
  card.className = `sop-notice notice-${notice.tone}`;
  const heading = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = notice.heading;
  heading.append(strong);
  card.append(heading);
  if (notice.note) {
    const note = document.createElement('p');
    note.textContent = notice.note;
    card.append(note);
  }
  if (notice.lines?.length) {
    const list = document.createElement('ul');
    for (const line of notice.lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    card.append(list);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.setAttribute('aria-label', `Dismiss: ${notice.heading}`);
  dismiss.addEventListener('click', () => card.remove());
  card.append(dismiss);
  region.append(card);
  return card;
}
