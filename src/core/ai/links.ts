// Where AI outputs point: the adapter that publishes them knows the base path and the site's address.

export interface AiLinks {
  /** A site path (`/sops/refunds/`) as published: under the base path, absolute when the site's address is known. */
  url(sitePath: string): string;
  /** A link or image address as an author wrote it in a body, made to work where the output is read. */
  resolveBodyLink(url: string, fromKind: 'sop' | 'macro'): string;
}

/** The site paths of the AI outputs; the route table in src/site/urls.ts repeats none of these. */
export const aiPaths = {
  llmsTxt: () => '/llms.txt',
  llmsFullTxt: () => '/llms-full.txt',
  sopMarkdown: (id: string) => `/sops/${id}.md`,
  sopPage: (id: string) => `/sops/${id}/`,
  macroPage: (id: string) => `/macros/${id}/`,
  macroMarkdown: (id: string) => `/macros/${id}.md`,
  apiPlaybook: () => '/api/playbook.json',
  apiSop: (id: string) => `/api/sops/${id}.json`,
  apiSchema: () => '/api/schema.json',
} as const;

/** Links that stay site paths under `base`: for tests and for exports with no site address. */
export function sitePathLinks(base = '/'): AiLinks {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return {
    url: (sitePath) => `${prefix}${sitePath}`,
    resolveBodyLink: (url) => url,
  };
}
