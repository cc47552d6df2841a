// The sample playbook (content/) loaded in memory, with edits, and everything it publishes for AI agents.
import path from 'node:path';
import { aiPublication, type AiPublication } from '../../../src/core/ai/outputs.ts';
import { sitePathLinks } from '../../../src/core/ai/links.ts';
import { procedureFiles } from '../../../src/core/ai/procedures.ts';
import { agentSkills } from '../../../src/core/ai/skills.ts';
import { buildCatalog } from '../../../src/core/catalog.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { loadPlaybook, type PlaybookSources } from '../../../src/core/load/load-playbook.ts';
import { defaultLayout, readPlaybookSources } from '../../../src/node/read-playbook.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let sources: PlaybookSources | undefined;

/** Replaces `from` with `to` in one content file (path relative to the repository), failing loudly when `from` is absent. */
export interface Edit {
  file: string;
  from: string;
  to: string;
}

async function sampleSources(edits: readonly Edit[]): Promise<PlaybookSources> {
  sources ??= await readPlaybookSources(defaultLayout(repoRoot));
  const apply = (file: { path: string; text: string }) => {
    let text = file.text;
    for (const edit of edits.filter((entry) => entry.file === file.path)) {
      if (!text.includes(edit.from)) throw new Error(`${edit.file} does not hold ${JSON.stringify(edit.from)}`);
      text = text.replace(edit.from, edit.to);
    }
    return { path: file.path, text };
  };
  return {
    playbook: sources.playbook && apply(sources.playbook),
    team: sources.team && apply(sources.team),
    sops: sources.sops.map(apply),
    macros: sources.macros.map(apply),
  };
}

export interface SampleOutputs {
  publication: AiPublication;
  /** Every AI output by name: site files, `skills/<name>/SKILL.md`, `procedures/<id>.txt`. */
  all: Map<string, string>;
}

export async function sampleOutputs(edits: readonly Edit[] = [], today = '2026-11-23'): Promise<SampleOutputs> {
  const playbook = loadPlaybook(await sampleSources(edits));
  const catalog = buildCatalog(playbook, parsePlainDate(today)!);
  const publication = aiPublication(catalog, { config: playbook.config.data, links: sitePathLinks('/') });
  const all = new Map(publication.files);
  for (const skill of agentSkills(publication.sops)) all.set(`skills/${skill.path}`, skill.text);
  for (const procedure of procedureFiles(publication.sops)) all.set(`procedures/${procedure.path}`, procedure.text);
  return { publication, all };
}
