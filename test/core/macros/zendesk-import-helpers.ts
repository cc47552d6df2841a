// Shared set-up for the Zendesk import and export tests: fixture pages and an import applied to in-memory files.
import { readFileSync } from 'node:fs';
import { planZendeskImport, type MacroImportChange, type ZendeskImportOptions } from '../../../src/core/macros/zendesk-import.ts';
import { mergeZendeskPages, parseZendeskMacrosPage, type ZendeskMacro } from '../../../src/core/macros/zendesk-json.ts';
import { loadTestPlaybook, playbookFiles, type PlaybookFiles } from '../../helpers/playbook.ts';

const fixtureText = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function zendeskPages(...texts: string[]): ZendeskMacro[] {
  return mergeZendeskPages(
    texts.map((text) => {
      const page = parseZendeskMacrosPage(text);
      if (!page.ok) throw new Error(page.error.message);
      return page.macros;
    }),
  );
}

export const fixtureMacros = () => zendeskPages(fixtureText('macros-page-1.json'), fixtureText('macros-page-2.json'));

const importOptions: ZendeskImportOptions = {
  owner: 'billing-ops',
  fallbackCategory: 'billing',
  today: '2026-11-23',
  force: false,
  macrosDir: 'content/macros',
};

/** Plans an import over the base playbook plus `files` and returns the changes and the files as they would be after it. */
export function importInto(files: PlaybookFiles, macros: ZendeskMacro[], options: Partial<ZendeskImportOptions> = {}) {
  const playbook = loadTestPlaybook(playbookFiles(files));
  const changes: MacroImportChange[] = planZendeskImport(playbook, macros, { ...importOptions, ...options });
  const after: PlaybookFiles = { ...files };
  for (const change of changes) if (change.text !== undefined) after[change.path] = change.text;
  return { changes, files: after };
}

/** The fixture macros with one Zendesk macro's fields replaced. */
export function withMacro(macros: ZendeskMacro[], id: number, change: (macro: ZendeskMacro) => ZendeskMacro): ZendeskMacro[] {
  return macros.map((macro) => (macro.id === id ? change(structuredClone(macro)) : macro));
}
