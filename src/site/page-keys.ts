// The cache keys of the pages (Astro's experimental incremental build): a page is copied from the last build only
// when its key is the same, so each key covers everything its page shows, from its own file and from others.
import { createHash } from 'node:crypto';
import settings from 'virtual:sop-playbook/site';
import type { CatalogMacro, CatalogSop } from '../core/catalog.ts';
import { formatPlainDate } from '../core/dates.ts';
import { filesDigest } from '../node/files-digest.ts';
import type { Site } from './site-data.ts';

export interface PageKeys {
  /** An SOP's page and its Markdown and JSON twins: its own file and git history, and what every page may show of others. */
  sop(sop: CatalogSop): string;
  /** A macro's page and twin, likewise. */
  macro(macro: CatalogMacro): string;
  /** Lists (categories, owners, tags, the drafts worklist): what every page may show of others, and the history of every file. */
  listing: string;
}

const sha1 = (...parts: string[]) => {
  const digest = createHash('sha1');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex');
};

const keys = new WeakMap<Site, PageKeys>();

export function pageKeys(site: Site): PageKeys {
  let known = keys.get(site);
  if (!known) keys.set(site, (known = computeKeys(site)));
  return known;
}

function computeKeys(site: Site): PageKeys {
  const { playbook, catalog } = site;
  // An SOP's body shows only on its own pages; others show its frontmatter (titles, owners, review dates in lists, related
  // SOPs) and the macros it uses. Everything else under content/ and public/ (playbook.yaml, team.yaml, macros, assets) is
  // hashed whole: macro replies show on the SOP pages that use them, and an asset's size on the pages that show it.
  const sopFiles = new Set(playbook.sops.map((document) => document.file.path));
  const shared = sha1(
    'page-keys 1',
    site.base,
    formatPlainDate(catalog.today),
    // The playbook's folder (also in `loaded`) and the cache's show on no page: a checkout elsewhere (another CI runner)
    // may reuse the pages.
    JSON.stringify({ ...settings, root: undefined, loaded: undefined, buildCache: undefined }),
    filesDigest(site.root, ['content', 'public'], sopFiles),
    ...playbook.sops.map((document) => `${document.file.path}\0${document.data === undefined ? '' : JSON.stringify(document.data)}`).sort(),
    JSON.stringify(catalog.macros.map((macro) => [macro.id, macro.usedBy])),
  );
  const history = (filePath: string) => JSON.stringify(site.history(filePath));
  const everyHistory = [...playbook.sops, ...playbook.macros].map((document) => `${document.file.path}\0${history(document.file.path)}`);
  return {
    // Its search concepts too: which concepts count as common depends on every SOP's headings, which `shared` leaves out.
    sop: (sop) =>
      sha1(shared, 'sop', sop.id, sop.document.file.text, history(sop.document.file.path), JSON.stringify(site.searchConcepts(sop))),
    macro: (macro) => sha1(shared, 'macro', macro.id, macro.document.file.text, history(macro.document.file.path)),
    listing: sha1(shared, 'listing', ...everyHistory.sort()),
  };
}
