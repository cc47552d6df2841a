// Shared set-up for commands: find the playbook, pin today, load the model, and turn config problems into exit 2.
import path from 'node:path';
import { loadPlaybook, type KnownFrontmatter } from '../core/load/load-playbook.ts';
import type { Playbook } from '../core/model.ts';
import { formatPlainDate, resolveToday as resolveTodayAt, type PlainDate } from '../core/dates.ts';
import { defaultLayout, PlaybookReadError, readPlaybookSources, type ContentLayout } from '../node/read-playbook.ts';
import { UsageError, type CliIO } from './io.ts';

export interface LoadedPlaybook {
  layout: ContentLayout;
  playbook: Playbook;
  today: PlainDate;
}

/** Resolves `--root` (default: the current folder) to a playbook layout. */
export function layoutFor(io: CliIO, root: string | undefined): ContentLayout {
  return defaultLayout(path.resolve(io.cwd, root ?? '.'));
}

/** `--today`, else `SOP_TODAY`, else the clock read in the playbook's time zone. */
export function resolveToday(io: CliIO, flag: string | undefined, timeZone: string): PlainDate {
  const pinned = flag ?? io.env.SOP_TODAY;
  const today = resolveTodayAt(pinned, io.now(), timeZone);
  if (!today) {
    const source = flag !== undefined ? '--today' : 'SOP_TODAY';
    throw new UsageError(`${source} must be a real date written YYYY-MM-DD; got \`${pinned}\``);
  }
  return today;
}

/** What a command reads of the playbook: its files, and the entries left out. */
export type CommandSources = Awaited<ReturnType<typeof readPlaybookSources>>;

/**
 * Reads the playbook's files, saying each entry left out on stderr; a missing content folder, an unreadable file or no
 * playbook.yaml stops the command (exit 2).
 */
export async function readForCommand(io: CliIO, layout: ContentLayout): Promise<CommandSources> {
  let sources;
  try {
    sources = await readPlaybookSources(layout);
  } catch (error) {
    if (error instanceof PlaybookReadError) throw new UsageError(error.message);
    throw error;
  }
  for (const entry of sources.skipped) io.stderr(`sop: warning: skipped \`${entry.path}\`: ${entry.reason}\n`);
  if (!sources.playbook) {
    throw new UsageError(
      `no playbook.yaml in \`${path.relative(io.cwd, layout.contentDir) || '.'}\`; create it with at least \`title: …\``,
    );
  }
  return sources;
}

/**
 * Loads the playbook (from `sources` when the command read them already); a missing folder or an unreadable
 * playbook.yaml or team.yaml stops the command (exit 2).
 */
export async function loadForCommand(
  io: CliIO,
  options: { root?: string; today?: string },
  knownFrontmatter?: KnownFrontmatter,
  sources?: CommandSources,
): Promise<LoadedPlaybook> {
  const layout = layoutFor(io, options.root);
  const playbook = loadPlaybook(sources ?? (await readForCommand(io, layout)), knownFrontmatter);
  const configProblems = [
    ...playbook.config.problems.map((problem) => ({ file: playbook.config.file?.path ?? 'content/playbook.yaml', problem })),
    ...playbook.team.problems.map((problem) => ({ file: playbook.team.file?.path ?? 'content/team.yaml', problem })),
  ];
  if (configProblems.length > 0) {
    const lines = configProblems.map(({ file, problem }) => `${file}:${problem.line}:${problem.column}: ${problem.message}`);
    throw new UsageError(`the playbook configuration cannot be used:\n${lines.join('\n')}`);
  }
  return { layout, playbook, today: resolveToday(io, options.today, playbook.config.data.timezone) };
}

export { formatPlainDate };
