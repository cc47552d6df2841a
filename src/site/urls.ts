// Site URLs under the configured base path (`base` in astro.config.mjs), so the playbook works in a subfolder.

/** Joins the base (`/` or `/playbook/`) and a site path (`/sops/refunds/`). */
export function withBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${sitePath.startsWith('/') ? sitePath : `/${sitePath}`}`;
}

export const routes = {
  home: () => '/',
  sop: (id: string) => `/sops/${id}/`,
  macros: () => '/macros/',
  macro: (id: string) => `/macros/${id}/`,
  owner: (id: string) => `/owners/${id}/`,
  category: (id: string) => `/categories/${id}/`,
  tag: (id: string) => `/tags/${id}/`,
  reviews: () => '/reviews/',
  escalations: () => '/escalations/',
} as const;

/**
 * A link as an author wrote it, made to work on the site: root paths get the base, relative links
 * to content files (`./refunds.mdx`, `../macros/refund-approved.md`) become their pages.
 */
export function resolveContentLink(url: string, base: string, fromKind: 'sop' | 'macro'): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return url;
  const [pathPart = '', hash = ''] = splitHash(url);
  if (!pathPart.startsWith('/') && /\.mdx?$/.test(pathPart)) {
    // Resolved from the file's own folder, as `broken-link` resolves it: `other.mdx`, `./other.mdx`,
    // `../macros/reply.md` and `../../content/sops/x.mdx` all name content files.
    const folder = `file:///content/${fromKind === 'sop' ? 'sops' : 'macros'}/`;
    const contentFile = /^\/content\/(sops|macros)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/.exec(new URL(pathPart, folder).pathname);
    if (contentFile) return withBase(base, `/${contentFile[1]}/${contentFile[2]}/`) + hash;
  }
  if (pathPart.startsWith('/')) return withBase(base, pathPart) + hash;
  return url;
}

function splitHash(url: string): [string, string] {
  const index = url.indexOf('#');
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}
