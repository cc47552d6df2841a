// `sop export agent-skills` / `sop export procedures`: the SOPs AI agents may use, as Agent Skills folders or
// plain-text procedures for Fin and Zendesk. `never`, draft and retired SOPs and archived macros are left out.
import path from 'node:path';
import { Option } from 'commander';
import { publishedLinks } from '../../core/ai/links.ts';
import { aiPublication, type AiPublication } from '../../core/ai/outputs.ts';
import { procedureFiles } from '../../core/ai/procedures.ts';
import { agentSkills } from '../../core/ai/skills.ts';
import { plural } from '../../core/plural.ts';
import { buildCatalog } from '../../core/catalog.ts';
import { ExportConflictError, exportFolder, type ExportFolderOptions, type GeneratedFile } from '../../node/export-folder.ts';
import { addPlaybookOptions, type PlaybookOptions, type RegisterCommand } from '../command.ts';
import { exitCodes, noteCreatedFolders, UsageError, type CliIO } from '../io.ts';
import { prepareOutputFolder } from '../../node/output-path.ts';
import { formatStylish } from '../../core/lint/report/stylish.ts';
import { runLint } from './lint.ts';

interface ExportOptions extends PlaybookOptions {
  out?: string;
  force?: boolean;
  siteUrl?: string;
  format?: 'text';
}

const skillFile = /^[a-z0-9-]+\/SKILL\.md$/;
const procedureFile = /^[a-z0-9-]+\.txt$/;
/** Fin's "Let AI draft your procedure" takes at most this many characters. */
const finDraftLimit = 5000;

export const registerExport: RegisterCommand = (program, run, io) => {
  const exportCommand = program.command('export').description('the SOPs AI agents may use, for AI agents and help-desk procedure editors');
  const siteUrl = new Option(
    '--site-url <url>',
    "the published playbook's address, such as https://support.example.com/playbook/, so links are absolute",
  );
  addPlaybookOptions(
    exportCommand.command('agent-skills').description('each resolve or assist SOP as an Agent Skills folder, <id>/SKILL.md'),
  )
    .requiredOption('--out <dir>', 'folder to write the skill folders into')
    .option('--force', 'overwrite skills written before, and remove those of SOPs no longer exported')
    .addOption(siteUrl)
    .action((options: ExportOptions) => run(() => exportSkills(io, options)));
  addPlaybookOptions(
    exportCommand
      .command('procedures')
      .description('each resolve or assist SOP as a plain-text procedure (When to use, Steps, Escalate when, Never)'),
  )
    .addOption(new Option('--format <format>', 'procedure format').choices(['text']).default('text'))
    .option('--out <dir>', 'write one <id>.txt per SOP into this folder instead of printing them')
    .option('--force', 'overwrite procedures written before, and remove those of SOPs no longer exported')
    .addOption(new Option('--site-url <url>', siteUrl.description))
    .action((options: ExportOptions) => run(() => exportProcedures(io, options)));
};

/** Lints first, as `sop build` does: a playbook with lint errors (a card number, an overdue review) reaches no agent. */
async function publication(io: CliIO, options: ExportOptions): Promise<AiPublication | undefined> {
  const { loaded, result: lint } = await runLint(io, options);
  const errors = lint.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0) {
    io.stderr(formatStylish(lint, { colour: io.colour }));
    io.stderr(`sop: export stopped: fix the ${errors} lint error${errors === 1 ? '' : 's'} above first\n`);
    return undefined;
  }
  const { playbook, today } = loaded;
  let base = '/';
  let site: string | undefined;
  if (options.siteUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.siteUrl);
    } catch {
      throw new UsageError(
        `--site-url must be a web address such as \`https://support.example.com/playbook/\`; got \`${options.siteUrl}\``,
      );
    }
    base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    site = url.origin;
  }
  const catalog = buildCatalog(playbook, today);
  const result = aiPublication(catalog, { config: playbook.config.data, links: publishedLinks(base, site) });
  for (const sop of result.sops) {
    if (sop.excluded === undefined && sop.review.state === 'overdue')
      io.stderr(
        `sop: \`${sop.id}\` is overdue for review (due ${sop.review.nextReview}); exported with that warning at its top, review it soon\n`,
      );
  }
  return result;
}

async function writeFolder(
  io: CliIO,
  out: string,
  files: GeneratedFile[],
  force: boolean,
  folderOptions: Omit<ExportFolderOptions, 'force'>,
): Promise<{ stale: string[]; removed: boolean }> {
  // The folder first: a file in its place is said plainly, and the folders created for it are named.
  noteCreatedFolders(io, await prepareOutputFolder(path.resolve(io.cwd, out)));
  try {
    return await exportFolder(path.resolve(io.cwd, out), files, { ...folderOptions, force });
  } catch (error) {
    if (error instanceof ExportConflictError) {
      const [first] = error.existing;
      const more = error.existing.length > 1 ? ` (and ${plural(error.existing.length - 1, 'other file')})` : '';
      throw new UsageError(`\`${path.join(out, first ?? '')}\` already exists${more}; pass --force to replace it`);
    }
    throw error;
  }
}

function reportStale(io: CliIO, out: string, stale: string[], removed: boolean): void {
  for (const file of stale) {
    io.stderr(
      removed
        ? `sop: removed \`${path.join(out, file)}\`: its SOP is no longer for AI agents\n`
        : `sop: \`${path.join(out, file)}\` is from an SOP no longer for AI agents; delete it, or export again with --force\n`,
    );
  }
}

async function exportSkills(io: CliIO, options: ExportOptions): Promise<number> {
  const result = await publication(io, options);
  if (!result) return exitCodes.lintErrors;
  const skills = agentSkills(result.sops);
  const out = options.out!;
  const { stale, removed } = await writeFolder(io, out, skills, Boolean(options.force), {
    candidates: (file) => skillFile.test(file),
    isGenerated: (_file, text) => /^---\n[\s\S]*?\n {2}sop-id: /.test(text),
  });
  reportStale(io, out, stale, removed);
  io.stderr(`wrote ${plural(skills.length, 'skill')} to ${out}\n`);
  return exitCodes.clean;
}

async function exportProcedures(io: CliIO, options: ExportOptions): Promise<number> {
  const result = await publication(io, options);
  if (!result) return exitCodes.lintErrors;
  const procedures = procedureFiles(result.sops);
  for (const procedure of procedures) {
    const length = Array.from(procedure.text).length;
    if (length > finDraftLimit)
      io.stderr(
        `sop: procedure \`${procedure.sopId}\` is ${length} characters; Fin's AI drafting takes at most ${finDraftLimit}, so ` +
          `paste it in parts or shorten the SOP\n`,
      );
  }
  if (options.out === undefined) {
    io.stdout(procedures.map((procedure) => procedure.text).join('\n----\n\n'));
    return exitCodes.clean;
  }
  const { stale, removed } = await writeFolder(io, options.out, procedures, Boolean(options.force), {
    candidates: (file) => procedureFile.test(file),
    isGenerated: (file, text) => text.split('\n')[1]?.startsWith(`SOP ${file.replace(/\.txt$/, '')} v`) === true,
  });
  reportStale(io, options.out, stale, removed);
  io.stderr(`wrote ${plural(procedures.length, 'procedure')} to ${options.out}\n`);
  return exitCodes.clean;
}
