// Ids for files an import names after a title or a file name: kebab-case, and short enough to be a file name and a URL.
import { suggestId } from '../load/load-playbook.ts';

/** Longer ids read badly in URLs, and a title of a few hundred characters is longer than a file name may be (255 bytes). */
const longestId = 80;

/** `suggestId`, cut at the last hyphen within the limit: "Long title long title …" becomes `long-title-long-title`. */
export function idFromName(name: string): string {
  const id = suggestId(name);
  if (id.length <= longestId) return id;
  const cut = id.slice(0, longestId + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : id.slice(0, longestId)).replace(/-+$/, '');
}

/** Whether `idFromName` cuts the name: two such names may differ only in what was cut away. */
export function isCut(name: string): boolean {
  return suggestId(name).length > longestId;
}
