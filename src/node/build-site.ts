// Adapter: runs Astro's build in this process with the playbook `sop build` has already loaded and linted.
import type { Playbook } from '../core/model.ts';
import { preloadedPlaybookKey } from '../site/site-data.ts';

export interface BuildSiteOptions {
  root: string;
  /** `YYYY-MM-DD`: the same today that lint used, so banners and lint agree. */
  today: string;
  playbook: Playbook;
  log: (text: string) => void;
}

export async function buildSite(options: BuildSiteOptions): Promise<void> {
  (globalThis as Record<symbol, unknown>)[preloadedPlaybookKey] = { root: options.root, playbook: options.playbook };
  process.env.SOP_TODAY = options.today;
  process.env.SOP_ROOT = options.root;
  const { build } = await import('astro');
  await build({ root: options.root, logLevel: process.env.SOP_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
}
