// Rows of the macro registry drawn in the browser from its index, as MacroTable.astro draws them at build time
// (text set as text, never parsed as markup).
import { routes, withBase } from '../../core/routes.ts';
import type { IndexedMacro, MacroIndex } from './registry-index.ts';

export function registryRow(document: Document, macro: IndexedMacro, index: MacroIndex, base: string): HTMLTableRowElement {
  const element = <K extends keyof HTMLElementTagNameMap>(name: K, text?: string, className?: string) => {
    const made = document.createElement(name);
    if (text !== undefined) made.textContent = text;
    if (className) made.className = className;
    return made;
  };
  const link = (href: string, text: string) => {
    const anchor = element('a', text);
    anchor.href = withBase(base, href);
    return anchor;
  };
  const [categoryId, categoryName] = index.categories[macro.category] ?? ['', ''];
  const [ownerId, ownerName] = index.owners[macro.owner] ?? ['', null];
  const row = element('tr');
  Object.assign(row.dataset, {
    macro: macro.id,
    title: macro.title,
    category: categoryId,
    owner: ownerId,
    status: macro.status,
    ...(macro.usage === undefined ? {} : { usage: macro.usage.toFixed(2) }),
    ...(macro.next === undefined ? {} : { nextReview: macro.next }),
  });

  const title = element('th');
  title.scope = 'row';
  title.append(link(routes.macro(macro.id), macro.title));
  if (macro.status === 'draft') title.append(' ', element('span', 'draft', 'badge status-draft'));

  const owner = element('td');
  owner.append(ownerName === null ? ownerId : link(routes.owner(ownerId), ownerName));

  const status = element('td');
  status.append(element('span', macro.status, `badge status-${macro.status}`));

  const review = element('td');
  if (macro.next === undefined || macro.nextShown === undefined) review.append(element('span', 'not on a cycle', 'muted'));
  else {
    const time = element('time', macro.nextShown);
    time.dateTime = macro.next;
    review.append(time);
    if (macro.review) review.append(' ', element('span', macro.review.label, `badge review-${macro.review.status}`));
  }

  const usage = element('td', undefined, 'number');
  usage.append(macro.usageShown === undefined ? element('span', 'not counted', 'muted') : String(macro.usageShown));

  const usedBy = element('td');
  if (macro.usedBy.length === 0) usedBy.append(element('span', 'no SOP', 'muted'));
  else {
    const list = element('ul', undefined, 'inline-list');
    for (const number of macro.usedBy) {
      const [id, sopTitle] = index.sops[number] ?? ['', ''];
      const item = element('li');
      item.append(link(routes.sop(id), sopTitle));
      list.append(item);
    }
    usedBy.append(list);
  }
  row.append(title, element('td', categoryName), owner, status, review, usage, usedBy);
  return row;
}
