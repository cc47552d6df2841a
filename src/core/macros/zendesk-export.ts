// The macro registry as the JSON that Zendesk's macros API takes (`POST`/`PUT /api/v2/macros`), so the registry can be pushed back.
import type { MacroDocument, Playbook } from '../model.ts';
import { isRecord } from './import-state.ts';
import { markdownToHtml, markdownToPlainText } from './reply-html.ts';
import type { ZendeskAction } from './zendesk-json.ts';
import { zendeskTitleFor } from './zendesk-title.ts';

interface ZendeskMacroPayload {
  /** Present for macros imported from Zendesk (update); absent for macros written in the registry (create). */
  id?: number | string;
  title: string;
  active: boolean;
  actions: ZendeskAction[];
  restriction?: Record<string, unknown>;
}

export interface ZendeskExport {
  payload: { macros: ZendeskMacroPayload[] };
  /** Macro files left out because their frontmatter does not pass the schema; lint says why. */
  invalid: string[];
}

export interface ZendeskExportOptions {
  /** Leave out drafts and archived macros. */
  onlyActive: boolean;
}

/** A numeric Zendesk id stays a number in JSON even when the file wrote it as a string. */
function zendeskId(source: Record<string, unknown> | undefined): number | string | undefined {
  if (source?.system !== 'zendesk') return undefined;
  const id = source.id;
  if (typeof id === 'number') return id;
  if (typeof id === 'string' && id !== '') return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
  return undefined;
}

/**
 * Plain text goes back as `comment_value` (with its channel when it had one); formatting, or a reply that came
 * from Zendesk as HTML, goes back as `comment_value_html`, so Zendesk keeps the field it had.
 */
function replyAction(document: MacroDocument, source: Record<string, unknown> | undefined): ZendeskAction | undefined {
  if (document.body.trim() === '') return undefined;
  const plain = source?.reply === 'comment_value_html' ? undefined : markdownToPlainText(document.tree);
  if (plain === undefined) return { field: 'comment_value_html', value: markdownToHtml(document.tree) };
  return { field: 'comment_value', value: typeof source?.channel === 'string' ? [source.channel, plain] : plain };
}

function toPayload(document: MacroDocument, playbook: Playbook): ZendeskMacroPayload {
  const data = document.data!;
  const source = isRecord(data.source) ? data.source : undefined;
  const id = zendeskId(source);
  const title = zendeskTitleFor(
    { title: data.title, category: data.category, tags: data.tags ?? [] },
    typeof source?.title === 'string' ? source.title : undefined,
    playbook.config.data.categories,
  );
  const reply = replyAction(document, source);
  const actions = [...(reply ? [reply] : []), ...(data.actions ?? []).map(({ field, value }) => ({ field, value }))];
  const restriction = isRecord(data.restriction) ? data.restriction : undefined;
  return {
    ...(id !== undefined ? { id } : {}),
    title,
    active: data.status !== 'archived',
    actions,
    ...(restriction ? { restriction } : {}),
  };
}

/** Every macro whose frontmatter is valid, in macro id order, so that the output diffs cleanly. */
export function exportZendeskMacros(playbook: Playbook, options: ZendeskExportOptions): ZendeskExport {
  const invalid = playbook.macros.filter((document) => document.data === undefined).map((document) => document.file.path);
  const macros = [...playbook.macros]
    .filter((document) => document.data !== undefined && (!options.onlyActive || document.data.status === 'active'))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((document) => toPayload(document, playbook));
  return { payload: { macros }, invalid };
}
