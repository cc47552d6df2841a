// Plans a Zendesk macros import: which macro files to add, update, leave alone, or report as conflicting with local edits.
import type { Category } from '../../../schemas/index.ts';
import { idFromName } from '../authoring/id-from-name.ts';
import type { MacroDocument, Playbook } from '../model.ts';
import { contentHash, contentOfFile, isRecord, normaliseBody, type ImportedContent } from './import-state.ts';
import { renderMacroFile, updateMacroFile, type MacroFields } from './macro-file.ts';
import { htmlToMarkdown, plainTextToMarkdown } from './reply-markdown.ts';
import { usageCounters, type ZendeskAction, type ZendeskMacro } from './zendesk-json.ts';
import { splitZendeskTitle } from './zendesk-title.ts';

export interface ZendeskImportOptions {
  /** Owner of new macro files (an id from team.yaml); existing files keep theirs. */
  owner: string;
  /** Category for titles whose first `::` folder names none. */
  fallbackCategory: string;
  /** `YYYY-MM-DD` to use as `reviewed` when a macro has no usable `updated_at`. */
  today: string;
  /** Take Zendesk's version over conflicting local edits. */
  force: boolean;
  /** Folder of new macro files relative to the playbook root, such as `content/macros`. */
  macrosDir: string;
}

type ImportOutcome = 'added' | 'updated' | 'skipped' | 'conflict';

export interface MacroImportChange {
  outcome: ImportOutcome;
  /** The macro file, relative to the playbook root. */
  path: string;
  zendeskId: number;
  /** Why, in a few words: `changed in Zendesk`, `unchanged` … */
  reason: string;
  /** The file's new text, for `added` and `updated`. */
  text?: string;
}

interface MappedMacro {
  content: ImportedContent;
  usage: Record<string, number> | undefined;
  reviewed: string;
  zendeskId: number;
}

const replyFields = ['comment_value_html', 'comment_value'];

interface Reply {
  index: number;
  field: string;
  body: string;
  channel: string | undefined;
}

/** The reply is the first HTML comment, else the first plain one (`"text"` or `["channel:all", "text"]`). */
function findReply(actions: readonly ZendeskAction[]): Reply | undefined {
  for (const field of replyFields) {
    const index = actions.findIndex((action) => action.field === field);
    const value = actions[index]?.value;
    if (typeof value === 'string') {
      return {
        index,
        field,
        body: field === 'comment_value_html' ? htmlToMarkdown(value) : plainTextToMarkdown(value),
        channel: undefined,
      };
    }
    if (field === 'comment_value' && Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      return { index, field, body: plainTextToMarkdown(value[1] as string), channel: value[0] as string };
    }
  }
  return undefined;
}

/** The date part of `updated_at` in UTC, which is how Zendesk writes it. */
function reviewedFrom(updatedAt: string | null | undefined, today: string): string {
  const time = updatedAt ? Date.parse(updatedAt) : Number.NaN;
  return Number.isNaN(time) ? today : new Date(time).toISOString().slice(0, 10);
}

function mapMacro(macro: ZendeskMacro, categories: readonly Category[], options: ZendeskImportOptions): MappedMacro {
  const parts = splitZendeskTitle(macro.title, categories, options.fallbackCategory);
  const reply = findReply(macro.actions);
  const counters = usageCounters.filter((counter) => macro[counter] !== undefined);
  return {
    zendeskId: macro.id,
    reviewed: reviewedFrom(macro.updated_at, options.today),
    usage: counters.length > 0 ? Object.fromEntries(counters.map((counter) => [counter, macro[counter]!])) : undefined,
    content: {
      ...parts,
      status: macro.active === false ? 'archived' : 'active',
      actions: macro.actions.filter((_, index) => index !== reply?.index).map(({ field, value }) => ({ field, value })),
      restriction: macro.restriction ?? undefined,
      zendeskTitle: macro.title,
      reply: reply?.field,
      channel: reply?.channel,
      body: normaliseBody(reply?.body ?? ''),
    },
  };
}

const sourceKeys = ['system', 'id', 'title', 'reply', 'channel', 'hash'];

function sourceField(mapped: MappedMacro, existing: unknown): Record<string, unknown> {
  const { content } = mapped;
  const extras = isRecord(existing) ? Object.entries(existing).filter(([key]) => !sourceKeys.includes(key)) : [];
  const source = {
    system: 'zendesk',
    id: mapped.zendeskId,
    title: content.zendeskTitle,
    reply: content.reply,
    channel: content.channel,
    hash: contentHash(content),
  };
  return { ...source, ...Object.fromEntries(extras) };
}

/** Imported counters replace the old ones; a hand count (`count`, `since`) stays beside them. */
function mergedUsage(existing: unknown, incoming: Record<string, number> | undefined): unknown {
  if (incoming === undefined) return existing;
  const kept = isRecord(existing) ? Object.entries(existing).filter(([key]) => !(usageCounters as readonly string[]).includes(key)) : [];
  return { ...Object.fromEntries(kept), ...incoming };
}

function contentFields(content: ImportedContent): MacroFields {
  return {
    title: content.title,
    status: content.status,
    category: content.category,
    tags: content.tags.length > 0 ? content.tags : undefined,
    actions: content.actions.length > 0 ? content.actions : undefined,
    restriction: content.restriction,
  };
}

function newFileText(mapped: MappedMacro, owner: string): string {
  const fields = {
    ...contentFields(mapped.content),
    owner,
    reviewed: mapped.reviewed,
    usage: mapped.usage,
    source: sourceField(mapped, undefined),
  };
  return renderMacroFile(fields, mapped.content.body === '' ? '' : `${mapped.content.body}\n`);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function planUpdate(document: MacroDocument, mapped: MappedMacro, options: ZendeskImportOptions): MacroImportChange {
  const path = document.file.path;
  const change = (outcome: ImportOutcome, reason: string, text?: string): MacroImportChange => ({
    outcome,
    path,
    zendeskId: mapped.zendeskId,
    reason,
    text,
  });
  const replaceWhole = () => newFileText(mapped, options.owner);
  const frontmatter = document.frontmatter.raw;
  if (!isRecord(frontmatter)) {
    return options.force
      ? change('updated', "replaced with Zendesk's version (--force); the file's frontmatter did not parse", replaceWhole())
      : change('conflict', "its frontmatter does not parse; fix it, or pass --force to replace the file with Zendesk's version");
  }
  const incomingHash = contentHash(mapped.content);
  const localHash = contentHash(contentOfFile(frontmatter, document.body));
  const baseHash = isRecord(frontmatter.source) && typeof frontmatter.source.hash === 'string' ? frontmatter.source.hash : undefined;
  const usage = mergedUsage(frontmatter.usage, mapped.usage);
  const usageChanged = !sameJson(usage, frontmatter.usage);
  const body = mapped.content.body === '' ? '' : `${mapped.content.body}\n`;
  const fullUpdate = () =>
    updateMacroFile(
      document.file.text,
      { ...contentFields(mapped.content), usage, source: sourceField(mapped, frontmatter.source) },
      body,
      replaceWhole,
    );
  const usageOnly = () => updateMacroFile(document.file.text, { usage }, undefined, replaceWhole);

  if (localHash === incomingHash) {
    if (baseHash === incomingHash && !usageChanged) return change('skipped', 'unchanged');
    const reason = baseHash === incomingHash ? 'usage counters refreshed' : 'already matched Zendesk; recorded the import state';
    return change(
      'updated',
      reason,
      updateMacroFile(document.file.text, { usage, source: sourceField(mapped, frontmatter.source) }, undefined, replaceWhole),
    );
  }
  if (baseHash === localHash) return change('updated', 'changed in Zendesk', fullUpdate());
  if (baseHash === incomingHash) {
    return usageChanged
      ? change('updated', 'usage counters refreshed; local edits kept', usageOnly())
      : change('skipped', 'edited locally; Zendesk has not changed it since the last import');
  }
  if (options.force) return change('updated', 'changed in Zendesk; local edits overwritten (--force)', fullUpdate());
  const why =
    baseHash === undefined
      ? 'differs from Zendesk and records no import hash, so local edits cannot be told apart'
      : 'edited locally and changed in Zendesk since the last import';
  return change('conflict', `${why}; merge by hand, or pass --force to take Zendesk's version`);
}

/** Existing macro files by the Zendesk id in their `source`, whatever their file names. */
function filesByZendeskId(macros: readonly MacroDocument[]): Map<string, MacroDocument[]> {
  const index = new Map<string, MacroDocument[]>();
  for (const document of macros) {
    const raw = document.frontmatter.raw;
    const source = isRecord(raw) && isRecord(raw.source) ? raw.source : undefined;
    if (source?.system !== 'zendesk' || (typeof source.id !== 'number' && typeof source.id !== 'string')) continue;
    const key = String(source.id);
    index.set(key, [...(index.get(key) ?? []), document]);
  }
  return index;
}

/** One change per Zendesk macro, in Zendesk id order; new ids are unique, suffixed `-2`, `-3` … in that order. */
export function planZendeskImport(playbook: Playbook, macros: readonly ZendeskMacro[], options: ZendeskImportOptions): MacroImportChange[] {
  const categories = playbook.config.data.categories;
  const existing = filesByZendeskId(playbook.macros);
  const takenIds = new Set(playbook.macros.map((document) => document.id));
  const changes: MacroImportChange[] = [];
  for (const macro of [...macros].sort((a, b) => a.id - b.id)) {
    const mapped = mapMacro(macro, categories, options);
    const claims = existing.get(String(macro.id)) ?? [];
    if (claims.length > 1) {
      const files = claims.map((document) => `\`${document.file.path}\``).join(', ');
      changes.push({
        outcome: 'conflict',
        path: claims[0]!.file.path,
        zendeskId: macro.id,
        reason: `${claims.length} files claim this Zendesk macro (${files}); keep one and import again`,
      });
      continue;
    }
    if (claims[0]) {
      changes.push(planUpdate(claims[0], mapped, options));
      continue;
    }
    const base = idFromName(mapped.content.title);
    let id = base;
    for (let suffix = 2; takenIds.has(id); suffix++) id = `${base}-${suffix}`;
    takenIds.add(id);
    changes.push({
      outcome: 'added',
      path: `${options.macrosDir}/${id}.md`,
      zendeskId: macro.id,
      reason: 'new in Zendesk',
      text: newFileText(mapped, options.owner),
    });
  }
  return changes;
}
