// `sop report reviews`: the review calendar as Markdown, JSON or an iCalendar file, on stdout or into a file.
import path from 'node:path';
import { Option } from 'commander';
import { plural } from '../../core/plural.ts';
import { buildReviewCalendar, windowDays, type ReviewCalendar } from '../../core/reports/review-calendar.ts';
import { formatReviewCalendarIcs } from '../../core/reports/review-calendar-ics.ts';
import { formatReviewCalendarJson } from '../../core/reports/review-calendar-json.ts';
import { formatReviewCalendarMarkdown } from '../../core/reports/review-calendar-markdown.ts';
import { buildSearchGaps, formatSearchGapsJson, formatSearchGapsMarkdown } from '../../core/reports/search-gaps.ts';
import { addPlaybookOptions, requireOwner, writeOutputFile, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { loadForCommand } from '../context.ts';
import { exitCodes, noteCreatedFolders, UsageError, type CliIO } from '../io.ts';
import { addDraftsReport } from './report-drafts.ts';

interface ReportOptions extends PlaybookOptions {
  within?: string;
  owner?: string;
  format: 'markdown' | 'json' | 'ics';
  output?: string;
  force?: boolean;
}

const defaultWindow = '30d';

export const registerReport: RegisterCommand = (program, run, io) => {
  const report = program.command('report').description('reports on the playbook');
  addPlaybookOptions(
    report
      .command('reviews')
      .description('the review calendar: overdue, due within the window, later')
      .option(
        '--within <duration>',
        `the due window, such as 30d, 6w or 3m (default: ${defaultWindow}); for ics it also limits the events to reviews due within it`,
      )
      .option('--owner <id>', 'only what this person or team owns (exact id from team.yaml)')
      .addOption(new Option('--format <format>', 'report format').choices(['markdown', 'json', 'ics']).default('markdown'))
      .option('--output <file>', 'write the report to this file instead of stdout')
      .option('--force', 'replace the --output file when it exists'),
  ).action((options: ReportOptions) => run(() => reviewsCommand(io, options)));
  addDraftsReport(report, run, io);
  addPlaybookOptions(
    report
      .command('search-gaps')
      .description('SOPs whose title words seldom occur in their body, and SOPs with no aliases')
      .addOption(new Option('--format <format>', 'report format').choices(['markdown', 'json']).default('markdown')),
  ).action((options: PlaybookOptions & { format: 'markdown' | 'json' }) => run(() => searchGapsCommand(io, options)));
};

async function searchGapsCommand(io: CliIO, options: PlaybookOptions & { format: 'markdown' | 'json' }): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const report = buildSearchGaps(loaded.playbook);
  io.stdout(options.format === 'json' ? formatSearchGapsJson(report) : formatSearchGapsMarkdown(report));
  return exitCodes.clean;
}

async function reviewsCommand(io: CliIO, options: ReportOptions): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const within = options.within ?? defaultWindow;
  if (windowDays(loaded.today, within) === undefined) {
    throw new UsageError(`--within must be a duration such as \`30d\`, \`6w\`, \`3m\` or \`1y\`; got \`${within}\``);
  }
  if (options.owner !== undefined) requireOwner(loaded.playbook, options.owner);
  const calendar = buildReviewCalendar(loaded.playbook, { today: loaded.today, within, owner: options.owner });
  if (calendar.unreadable.length > 0) {
    const count = calendar.unreadable.length;
    io.stderr(`sop: left out ${plural(count, 'file')} whose frontmatter does not pass the schema; run \`sop lint\` to see why\n`);
  }
  const text = render(calendar, options.format, options.within !== undefined);
  if (options.output === undefined) {
    io.stdout(text);
    return exitCodes.clean;
  }
  const target = path.resolve(io.cwd, options.output);
  noteCreatedFolders(io, await writeOutputFile(target, text, { overwrite: options.force === true, shown: options.output }));
  io.stderr(`wrote ${plural(calendar.items.length, 'review')} to ${options.output}\n`);
  return exitCodes.clean;
}

function render(calendar: ReviewCalendar, format: ReportOptions['format'], windowGiven: boolean): string {
  if (format === 'json') return formatReviewCalendarJson(calendar);
  if (format === 'ics') return formatReviewCalendarIcs(calendar, { onlyDue: windowGiven });
  return formatReviewCalendarMarkdown(calendar);
}
