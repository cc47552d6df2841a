// The options every `sop import …` takes, declared once, and where the SOPs go.
import path from 'node:path';
import type { Command } from 'commander';
import { addPlaybookOptions, type PlaybookOptions } from '../command.ts';
import type { LoadedPlaybook } from '../context.ts';
import type { CliIO } from '../io.ts';

export interface ImportFamilyOptions extends PlaybookOptions {
  owner: string;
  category?: string;
  out?: string;
  force?: boolean;
  dryRun?: boolean;
}

/** The options every import takes, declared once. */
export function importFamilyOptions(command: Command): Command {
  return addPlaybookOptions(command)
    .requiredOption('--owner <id>', 'person or team in team.yaml who will own the imported SOPs')
    .option('--category <id>', 'category from playbook.yaml (default: the document’s own if valid, else the first)')
    .option('--out <dir>', 'where the SOPs are written (default: content/sops)')
    .option('--force', 'replace SOPs that already exist with the same id, and take the source over local edits')
    .option('--dry-run', 'say what would be imported without writing anything');
}

export function outFolderOf(io: CliIO, loaded: LoadedPlaybook, out: string | undefined): string {
  return out === undefined ? path.join(loaded.layout.contentDir, 'sops') : path.resolve(io.cwd, out);
}
