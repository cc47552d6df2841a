// In `astro dev`, lint results are shown in the terminal after every change; the server keeps running.
// One lint session per playbook: after an edit only the changed file is loaded and parsed again, and
// the cross-file rules run over the whole playbook (see src/node/lint-session.ts).
import type { AstroIntegrationLogger } from 'astro';
import { formatStylish } from '../core/lint/report/stylish.ts';
import { terminalSafe } from '../core/terminal-safe.ts';
import { createLintSession, type LintSession } from '../node/lint-session.ts';
import { todayFrom } from '../node/today.ts';
import { defaultLayout } from '../node/read-playbook.ts';

const sessions = new Map<string, LintSession>();

/**
 * `today`: the pinned `YYYY-MM-DD` the integration was given, else the clock; `publishDrafts` in a
 * drafts preview (`SOP_DRAFTS=1`); `changed`: the absolute path of the file just saved, when one was.
 */
export async function reportLintInDev(
  root: string,
  today: string | undefined,
  logger: AstroIntegrationLogger,
  publishDrafts = false,
  changed?: string,
): Promise<void> {
  try {
    const key = `${root}\0${publishDrafts}`;
    let session = sessions.get(key);
    if (!session) {
      session = createLintSession({
        layout: defaultLayout(root),
        base: 'HEAD',
        today: (timeZone) => todayFrom(today, timeZone),
        warn: (message) => logger.warn(message),
        publishDrafts,
      });
      sessions.set(key, session);
    }
    const { result } = await session.run(changed === undefined ? undefined : [changed]);
    if (result.diagnostics.length === 0) logger.info('lint: no problems');
    else logger.warn(terminalSafe(`lint:${formatStylish(result, { colour: false }).trimEnd()}`, false));
  } catch (error) {
    logger.warn(`lint could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
