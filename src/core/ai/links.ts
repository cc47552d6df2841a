// Where AI outputs point: the adapter that publishes them knows the base path and the site's address.
import { resolveContentLink } from '../links.ts';
import { routes, withBase } from '../routes.ts';

export interface AiLinks {
  /** A site path (`/sops/refunds/`) as published: under the base path, absolute when the site's address is known. */
  url(sitePath: string): string;
  /** A link or image address as an author wrote it in a body, made to work where the output is read. */
  resolveBodyLink(url: string, fromKind: 'sop' | 'macro'): string;
}

/** The site paths of the AI outputs and the pages they point to, from the one route table. */
export const aiPaths = {
  llmsTxt: routes.llmsTxt,
  llmsFullTxt: routes.llmsFullTxt,
  sopMarkdown: routes.sopMarkdown,
  sopPage: routes.sop,
  macroPage: routes.macro,
  macroMarkdown: routes.macroMarkdown,
  apiPlaybook: routes.apiPlaybook,
  apiSop: routes.apiSop,
  apiSchema: routes.apiSchema,
} as const;

/** Links as published: under the base path, absolute when the site's address (`https://support.example.com`) is known. */
export function publishedLinks(base = '/', siteUrl?: string): AiLinks {
  const origin = siteUrl ? new URL(siteUrl).origin : '';
  const absolute = (url: string) => (origin && url.startsWith('/') && !url.startsWith('//') ? `${origin}${url}` : url);
  return {
    url: (sitePath) => absolute(withBase(base, sitePath)),
    resolveBodyLink: (url, fromKind) => absolute(resolveContentLink(url, base, fromKind)),
  };
}

/** Links that stay site paths under `base`, as authors wrote them in bodies: for tests. */
export function sitePathLinks(base = '/'): AiLinks {
  return {
    url: (sitePath) => withBase(base, sitePath),
    resolveBodyLink: (url) => url,
  };
}
