// In `astro dev`, lint results are shown in the terminal after every change; the server keeps running.
import type { AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lintPlaybook } from '../core/lint/engine.ts';
import { formatStylish } from '../core/lint/report/stylish.ts';
import { loadPlaybook } from '../core/load/load-playbook.ts';
import { todayFrom } from '../node/today.ts';
import { defaultLayout, readPlaybookSources } from '../node/read-playbook.ts';

/** `today`: the pinned `YYYY-MM-DD` the integration was given, else the clock; `publishDrafts` in a drafts preview (`SOP_DRAFTS=1`). */
export async function reportLintInDev(root: string, today: string | undefined, logger: AstroIntegrationLogger, publishDrafts = false): Promise<void> {
  try {
    const playbook = loadPlaybook(await readPlaybookSources(defaultLayout(root)));
    const result = lintPlaybook(playbook, { today: todayFrom(today, playbook.config.data.timezone), assetExists: (file) => existsSync(path.join(root, file)), publishDrafts });
    if (result.diagnostics.length === 0) logger.info('lint: no problems');
    else logger.warn(`lint:${formatStylish(result, { colour: false }).trimEnd()}`);
  } catch (error) {
    logger.warn(`lint could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
