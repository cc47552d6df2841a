// In `astro dev`, lint results are shown in the terminal after every change; the server keeps running.
import type { AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lintPlaybook } from '../core/lint/engine.ts';
import { formatStylish } from '../core/lint/report/stylish.ts';
import { loadPlaybook } from '../core/load/load-playbook.ts';
import { todayFromEnvironment } from '../node/today.ts';
import { defaultLayout, readPlaybookSources } from '../node/read-playbook.ts';

export async function reportLintInDev(root: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const playbook = loadPlaybook(await readPlaybookSources(defaultLayout(root)));
    const today = todayFromEnvironment(playbook.config.data.timezone);
    const result = lintPlaybook(playbook, { today, assetExists: (file) => existsSync(path.join(root, file)) });
    if (result.diagnostics.length === 0) logger.info('lint: no problems');
    else logger.warn(`lint:${formatStylish(result, { colour: false }).trimEnd()}`);
  } catch (error) {
    logger.warn(`lint could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
