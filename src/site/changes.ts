// What /changes/ and /changes.xml share: how many changes they list and where a change's document lives.
import type { PlaybookChange } from '../core/changes/change-log.ts';
import { routes, withBase } from '../core/routes.ts';

/** The page lists this many (a long history stays in git); the feed, like most feeds, fewer. */
export const changesOnPage = 200;
export const changesInFeed = 50;

export function documentPath(change: PlaybookChange): string {
  return change.document.kind === 'sop' ? routes.sop(change.document.id) : routes.macro(change.document.id);
}

/** Absolute when the site's address (`site` in astro.config.mjs, `SOP_SITE`) is known, else a path under the base. */
export function siteUrl(base: string, site: URL | string | undefined, sitePath: string): string {
  const path = withBase(base, sitePath);
  return site ? new URL(path, site).href : path;
}
