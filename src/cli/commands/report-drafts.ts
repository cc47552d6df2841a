// `sop report drafts`: the migration worklist (what each draft still needs, by owner) as Markdown or JSON.
import { Option, type Command } from 'commander';
import { buildDraftWorklist } from '../../core/reports/drafts-worklist.ts';
import { formatDraftWorklistJson, formatDraftWorklistMarkdown } from '../../core/reports/drafts-worklist-format.ts';
import { addPlaybookOptions, requireOwner, type CommandRunner, type PlaybookOptions } from '../command.ts';
import { exitCodes, type CliIO } from '../io.ts';
import { runLint } from './lint.ts';

interface DraftsReportOptions extends PlaybookOptions {
  owner?: string;
  format: 'markdown' | 'json';
}

export function addDraftsReport(report: Command, run: CommandRunner, io: CliIO): void {
  addPlaybookOptions(
    report
      .command('drafts')
      .description('what each draft SOP still needs before it can be published, by owner')
      .option('--owner <id>', 'only this person’s or team’s drafts (exact id from team.yaml)')
      .addOption(new Option('--format <format>', 'report format').choices(['markdown', 'json']).default('markdown')),
  ).action((options: DraftsReportOptions) => run(() => draftsCommand(io, options)));
}

async function draftsCommand(io: CliIO, options: DraftsReportOptions): Promise<number> {
  const { loaded, result } = await runLint(io, options);
  if (options.owner !== undefined) requireOwner(loaded.playbook, options.owner);
  const worklist = buildDraftWorklist(loaded.playbook, result.diagnostics, { owner: options.owner });
  io.stdout(options.format === 'json' ? formatDraftWorklistJson(worklist) : formatDraftWorklistMarkdown(worklist));
  return exitCodes.clean;
}
