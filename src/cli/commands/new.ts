// `sop new <kind>`: writes a draft SOP from a template, never over an existing file; `--dry-run` prints it instead.
import path from 'node:path';
import { newSop } from '../../core/authoring/new-sop.ts';
import { sopTemplates } from '../../core/authoring/templates/index.ts';
import { addPlaybookOptions, writeOutputFile, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { formatPlainDate, loadForCommand } from '../context.ts';
import { exitCodes, UsageError, type CliIO } from '../io.ts';

interface NewOptions extends PlaybookOptions {
  title: string;
  owner: string;
  category?: string;
  dryRun?: boolean;
}

const kindList = sopTemplates.map((template) => `  ${template.kind.padEnd(18)}${template.description}`).join('\n');

export const registerNew: RegisterCommand = (program, run, io) => {
  addPlaybookOptions(
    program
      .command('new')
      .description('start a draft SOP from a template (never overwrites a file)')
      .argument('<kind>', 'which template to start from (listed below)')
      .requiredOption('--title <text>', 'the SOP title; the file name is made from it')
      .requiredOption('--owner <id>', 'person or team in team.yaml accountable for the SOP')
      .option('--category <id>', 'category from playbook.yaml (default: the one that fits the kind, else the first)')
      .option('--dry-run', 'print the file instead of writing it'),
  )
    .addHelpText('after', `\nKinds:\n${kindList}\n`)
    .action((kind: string, options: NewOptions) => run(() => newCommand(io, kind, options)));
};

async function newCommand(io: CliIO, kind: string, options: NewOptions): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const result = newSop(
    { kind, title: options.title, owner: options.owner, category: options.category, today: formatPlainDate(loaded.today) },
    loaded.playbook,
  );
  if (!result.ok) throw new UsageError(result.problem);
  const { sop } = result;
  if (options.dryRun) {
    io.stdout(sop.text);
    return exitCodes.clean;
  }
  const target = path.join(loaded.layout.contentDir, 'sops', `${sop.id}.mdx`);
  const shown = path.relative(io.cwd, target).split(path.sep).join('/');
  await writeOutputFile(target, sop.text, { overwrite: false, shown, fix: 'choose another title or edit that file' });
  io.stdout(`created ${shown} from the \`${sop.kind}\` template (category \`${sop.category}\`, status \`draft\`)\n`);
  io.stdout(`next: fill it in, then run \`sop lint ${shown}\`\n`);
  return exitCodes.clean;
}
