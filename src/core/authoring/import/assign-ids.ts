// Ids for imported files: from file names, unique within the import, and never onto an existing SOP without `--force`.
import { idFromName, isCut } from '../id-from-name.ts';
import type { Analysed } from './source.ts';

export interface AssignedId {
  analysed: Analysed;
  id: string;
  replaces: string | undefined;
  /** The name the id was made from has no Latin letter or digit (`返金.md`, `Возврат/index.md`): the id says nothing of it. */
  nameless: boolean;
}

interface SkippedForId {
  source: string;
  reason: 'exists' | 'clash';
  message: string;
}

export interface IdAssignment {
  imported: AssignedId[];
  /** Every file with an id, those skipped because the SOP exists included: links to them still resolve. */
  all: AssignedId[];
  skipped: SkippedForId[];
}

const folderPages = new Set(['index', 'readme', '_index']);

/** The id `suggestId` gives a name with no Latin letter or digit. */
const fallbackId = 'untitled';

/** Folders above the file, nearest first. */
function folders(path: string): string[] {
  return path.split('/').slice(0, -1).reverse();
}

/** Notion names each page and folder it exports `Refund policy 7b52009b64fd0a2a49e6d8a939753077`: its page id is no part of the name. */
function withoutNotionId(name: string): string {
  return name.replace(/ [0-9a-f]{32}$/, '') || name;
}

/**
 * `index.md` and `README.md` are named after their folder; a clash is told apart by the folders above, and, for two
 * Notion pages of one name in one place, by Notion's page id.
 */
function candidates(entry: Analysed): { names: string[]; cut: boolean; nameless: boolean } {
  const above = folders(entry.source.path).map(withoutNotionId);
  const page = folderPages.has(entry.stem.toLowerCase()) ? above.shift() : entry.stem;
  const stem = page === undefined ? idFromName(entry.title) : withoutNotionId(page);
  const names = [idFromName(stem)];
  let prefix = names[0]!;
  for (const folder of above) {
    prefix = idFromName(`${folder}-${prefix}`);
    names.push(prefix);
  }
  if (page !== undefined && stem !== page) names.push(idFromName(page));
  const named = page === undefined ? entry.title : stem;
  return { names, cut: isCut(named), nameless: !/[a-z0-9]/i.test(named.normalize('NFKD')) };
}

export function assignIds(entries: readonly Analysed[], options: { force: boolean; existing: ReadonlyMap<string, string> }): IdAssignment {
  const taken = new Map<string, string>();
  const result: IdAssignment = { imported: [], all: [], skipped: [] };
  for (const entry of entries) {
    const { names, cut, nameless } = candidates(entry);
    let id = names.find((name) => !taken.has(name));
    // A name without a Latin letter or digit (`返金.md`, `Возврат.md`) gives no id of its own, and a help-desk article
    // has no file name to change: such documents are told apart by number (`faq-2`) rather than all but one skipped.
    // Two long names that differ only after the cut (`… resellers in the EU`, `… in the US`) are numbered too.
    if (id === undefined && (names[0] === fallbackId || entry.source.numberClashes === true || cut)) {
      const base = names[0]!;
      for (let suffix = 2; id === undefined; suffix++) if (!taken.has(`${base}-${suffix}`)) id = `${base}-${suffix}`;
    }
    if (id === undefined) {
      const other = taken.get(names[0]!)!;
      result.skipped.push({
        source: entry.source.path,
        reason: 'clash',
        message: `its id \`${names[0]}\` is already taken by \`${other}\` in this import; rename one of the files`,
      });
      continue;
    }
    taken.set(id, entry.source.path);
    const existing = options.existing.get(id);
    const assigned = { analysed: entry, id, replaces: existing, nameless };
    result.all.push(assigned);
    if (existing !== undefined && !options.force) {
      result.skipped.push({
        source: entry.source.path,
        reason: 'exists',
        message: `\`${id}\` already exists at \`${existing}\`; pass --force to replace it`,
      });
      continue;
    }
    result.imported.push(assigned);
  }
  return result;
}
