// `sop lint --watch`: lints once, then again each time a file under content/ is saved, printing the
// whole report each time (cross-file findings in other files included) until interrupted.
import { watch } from 'node:fs';
import path from 'node:path';
import { formatters } from '../../core/lint/report/index.ts';
import type { PlaybookOptions } from '../command.ts';
import { layoutFor, resolveToday } from '../context.ts';
import { exitCodes, UsageError, type CliIO } from '../io.ts';
import { createLintSession } from '../../node/lint-session.ts';
import { existsSync } from 'node:fs';
import { repositoryPath } from '../../node/git.ts';

export interface WatchControl {
  /** Stops watching; the command then returns 0. Without one, SIGINT and SIGTERM stop it. */
  signal?: AbortSignal;
  /** Called after each report is printed (tests wait on it). */
  onReport?: (summary: { errors: number; warnings: number; milliseconds: number; reloaded: number }) => void;
}

export async function watchLint(
  io: CliIO,
  paths: string[],
  options: PlaybookOptions & { format: string; base?: string },
  control: WatchControl = {},
): Promise<number> {
  if (paths.length > 0) throw new UsageError('--watch lints the whole playbook; leave out the paths');
  const layout = layoutFor(io, options.root);
  if (!existsSync(layout.contentDir))
    throw new UsageError(
      `no content folder at \`${path.relative(io.cwd, layout.contentDir) || '.'}\`; run the command in a playbook repository ` +
        `or pass --root`,
    );
  const formatter = formatters[options.format]!;
  const session = createLintSession({
    layout,
    base: options.base ?? 'HEAD',
    today: (timeZone) => resolveToday(io, options.today, timeZone),
    warn: (message) => io.stderr(`sop: ${message}\n`),
  });
  const prefix = repositoryPath(layout.root);

  const lintOnce = async (changed?: string[]) => {
    const started = performance.now();
    try {
      const { result, playbook, reloaded } = await session.run(changed);
      const problems = [
        ...playbook.config.problems.map(
          (problem) => `${playbook.config.file?.path ?? 'content/playbook.yaml'}:${problem.line}:${problem.column}: ${problem.message}`,
        ),
        ...playbook.team.problems.map(
          (problem) => `${playbook.team.file?.path ?? 'content/team.yaml'}:${problem.line}:${problem.column}: ${problem.message}`,
        ),
      ];
      if (problems.length > 0) {
        io.stderr(`sop: the playbook configuration cannot be used:\n${problems.join('\n')}\n`);
        return;
      }
      io.stdout(formatter(result, { colour: io.colour, root: layout.root, repositoryPath: prefix }));
      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
      const milliseconds = Math.round(performance.now() - started);
      const files = changed?.filter((file) => /\.(mdx?|yaml)$/.test(file));
      // A burst of changes to other files (a folder renamed, an image saved) names no content file.
      const what = !files
        ? 'the whole playbook'
        : files.length === 0
          ? 'after a change under content/'
          : `after a change to ${[...new Set(files.map((file) => `\`${path.relative(layout.root, file)}\``))].join(', ')}`;
      io.stderr(`sop: linted ${what} in ${milliseconds} ms; watching content/ for changes (Ctrl-C stops)\n`);
      control.onReport?.({ errors, warnings: result.diagnostics.length - errors, milliseconds, reloaded });
    } catch (error) {
      // A bad value (such as --today) is a usage error; anything else is said and watching goes on.
      if (error instanceof UsageError) throw error;
      io.stderr(`sop: lint failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    }
  };

  return new Promise<number>((resolve, reject) => {
    let pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    // Watching starts before the first run, so a file saved during it is linted right after.
    let running: Promise<void> = lintOnce().catch((error: unknown) => stop(error));
    const watcher = watch(layout.contentDir, { recursive: true }, (_event, name) => {
      if (!name) return;
      pending.add(path.join(layout.contentDir, name));
      clearTimeout(timer);
      // Editors save in bursts (write, rename, touch): one run per burst.
      timer = setTimeout(() => {
        const changed = [...pending];
        pending = new Set();
        running = running.then(() => lintOnce(changed)).catch((error: unknown) => stop(error));
      }, 25);
    });
    // A content folder removed or moved away (a branch switch, `mv`) ends Node's watch without an event or error, which
    // left the command waiting on nothing: Node then exited with 13 and "unsettled top-level await". Checked each second.
    const folderGone = setInterval(() => {
      if (!existsSync(layout.contentDir))
        stop(
          new UsageError(
            `\`${path.relative(io.cwd, layout.contentDir) || '.'}\` was removed or moved away; stopped watching (run ` +
              '`sop lint --watch` again once it is back)',
          ),
        );
    }, 1000);
    const stop = (error?: unknown) => {
      clearTimeout(timer);
      clearInterval(folderGone);
      watcher.close();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (error) reject(error instanceof Error ? error : new Error(`lint --watch stopped: ${JSON.stringify(error)}`));
      else resolve(exitCodes.clean);
    };
    const onSignal = () => stop();
    if (control.signal) control.signal.addEventListener('abort', () => stop(), { once: true });
    else {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
  });
}
