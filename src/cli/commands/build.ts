// `sop build` (what `npm run build` runs): lint first and stop on errors, then build the site and its search index.
import { formatStylish } from '../../core/lint/report/stylish.ts';
import { addPlaybookOptions, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { formatPlainDate } from '../context.ts';
import { exitCodes, type CliIO } from '../io.ts';
import { runLint } from './lint.ts';

export const registerBuild: RegisterCommand = (program, run, io) => {
  addPlaybookOptions(program.command('build').description('lint, then build the static playbook into dist/ with its search index'))
    .option('--base <ref>', 'git ref that `version-not-bumped` compares against', 'HEAD')
    .action((options: PlaybookOptions & { base?: string }) => run(() => buildCommand(io, options)));
};

async function buildCommand(io: CliIO, options: PlaybookOptions & { base?: string }): Promise<number> {
  const { loaded, result } = await runLint(io, options);
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (result.diagnostics.length > 0) io.stderr(formatStylish(result, { colour: io.colour }));
  if (errors > 0) {
    io.stderr(`sop: build stopped: fix the ${errors} lint error${errors === 1 ? '' : 's'} above first\n`);
    return exitCodes.lintErrors;
  }
  const { buildSite } = await import('../../node/build-site.ts');
  await buildSite({ root: loaded.layout.root, today: formatPlainDate(loaded.today), playbook: loaded.playbook, log: io.stderr });
  return exitCodes.clean;
}
