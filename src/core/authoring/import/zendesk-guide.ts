// `sop import zendesk-guide`: plans Zendesk Guide articles as SOPs. New articles go through the Markdown import
// (titles, sections, links, format); articles imported before are found by their `source` and updated, left
// alone or reported as conflicting with local edits, by the same rules as the macro import.
import { stringify } from 'yaml';
import type { Category } from '../../../../schemas/index.ts';
import { suggestId } from '../../load/load-playbook.ts';
import { hashOf, isRecord, normaliseBody } from '../../macros/import-state.ts';
import type { Playbook, SopDocument } from '../../model.ts';
import { isExternalUrl } from '../../links.ts';
import { routes } from '../../routes.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { readNested } from './nesting.ts';
import { planMarkdownImport, type ImportedFile } from './import-markdown.ts';
import type { ImportedFields, ImportSource } from './source.ts';
import type { GuideArticle, GuideExport } from './zendesk-guide-json.ts';

const guideSystem = 'zendesk-guide';

export interface GuideImportOptions {
  owner: string;
  /** Category for articles whose section and category match none in playbook.yaml. */
  category?: string | undefined;
  /** `active` publishes articles that are not drafts in Zendesk; the default keeps every article a draft. */
  status: 'draft' | 'active';
  today: string;
  force: boolean;
  /** SOP ids already in the output folder, with their paths as shown. */
  existing: ReadonlyMap<string, string>;
}

type GuideOutcome = 'imported' | 'updated' | 'skipped' | 'conflict';

export interface GuideChange {
  articleId: number;
  outcome: GuideOutcome;
  /** The file planned (new or updated), or the one left alone. */
  file: ImportedFile | undefined;
  /** The existing file this article was imported into before, as a playbook path. */
  existingPath: string | undefined;
  reason: string | undefined;
  skipKind: string | undefined;
}

export type GuidePlan = { ok: true; changes: GuideChange[] } | { ok: false; problem: string };

const pendingHash = 'pending-hash';

function mapCategory(article: GuideArticle, data: GuideExport, categories: readonly Category[]): Category | undefined {
  const section = data.sections.find((entry) => entry.id === article.section_id);
  const zendeskCategory = section ? data.categories.find((entry) => entry.id === section.category_id) : undefined;
  for (const name of [section?.name, zendeskCategory?.name]) {
    if (!name) continue;
    const match = categories.find(
      (category) => category.id === suggestId(name) || category.name.toLowerCase() === name.trim().toLowerCase(),
    );
    if (match) return match;
  }
  return undefined;
}

/** Existing SOPs by the Zendesk article id in their `source`. */
function claimsOf(playbook: Playbook): Map<number, SopDocument[]> {
  const claims = new Map<number, SopDocument[]>();
  for (const document of playbook.sops) {
    const raw = document.frontmatter.raw;
    const source = isRecord(raw) && isRecord(raw.source) ? raw.source : undefined;
    if (source?.system !== guideSystem) continue;
    const id = Number(source.id);
    if (Number.isInteger(id)) claims.set(id, [...(claims.get(id) ?? []), document]);
  }
  return claims;
}

function dateOf(value: string | null | undefined): string | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** The fingerprint of what an import writes and a person may edit: the title and the body. */
function fingerprint(title: string, body: string): string {
  return hashOf({ title, body: normaliseBody(body) });
}

function splitFile(text: string): { frontmatter: string; body: string } {
  const end = text.indexOf('\n---\n', 4);
  return { frontmatter: text.slice(0, end + 5), body: text.slice(end + 5) };
}

/**
 * An address in an article as the import can follow it. Articles link to each other and to their images by the help
 * centre's own paths (`/hc/en-us/articles/360002-Chargebacks`, `/hc/article_attachments/…`), which mean nothing in the
 * playbook: a link to an article of this import becomes a link to its file (`360002.md#h_01H…`), which the import points
 * at its SOP page, one to an article imported before a link to its SOP page, and any other path of the help centre
 * its full address, so it still opens.
 */
function helpCenterUrl(
  url: string,
  article: GuideArticle,
  articleIds: ReadonlySet<number>,
  claims: ReadonlyMap<number, readonly SopDocument[]>,
): string {
  if (url.startsWith('#') || !article.html_url) return url;
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(article.html_url);
    resolved = new URL(url, base);
  } catch {
    return url;
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return url;
  const sameHost = resolved.host === base.host;
  const linked = /^\/hc\/(?:[^/]+\/)?articles\/(\d+)(?:[-/][^/]*)?\/?$/.exec(resolved.pathname)?.[1];
  if (sameHost && linked !== undefined && articleIds.has(Number(linked))) return `${linked}.md${resolved.hash}`;
  // An article imported before and not in these pages: its page, without the anchor, whose heading ids are not known here.
  const imported = sameHost && linked !== undefined ? claims.get(Number(linked)) : undefined;
  if (imported?.length === 1) return routes.sop(imported[0]!.id);
  return isExternalUrl(url) ? url : resolved.href;
}

/**
 * The body under the article's title as its `#` heading, which the import takes as the title; an article that opens with
 * its title as a heading of its own (authors often repeat it) keeps that one, so the title is not on the page twice.
 */
function withTitleHeading(title: string, body: string): string {
  const first = /^#[ \t]+(.*)\n/.exec(body)?.[1];
  if (
    first !== undefined &&
    first
      .replace(/\\(?=[^\w\s])/g, '')
      .trim()
      .toLowerCase() === title.trim().toLowerCase()
  )
    return body;
  return `# ${title.replace(/[\\`*_[\]<>#]/g, (mark) => `\\${mark}`)}\n\n${body}`;
}

export function planGuideImport(data: GuideExport, playbook: Playbook, options: GuideImportOptions): GuidePlan {
  const categories = playbook.config.data.categories;
  const fallback = options.category === undefined ? categories[0] : categories.find((category) => category.id === options.category);
  if (!fallback) return { ok: false, problem: 'playbook.yaml lists no categories; add one under `categories` first' };
  const claims = claimsOf(playbook);
  const claimedIds = new Set([...claims.values()].flat().map((document) => document.id));
  const changes: GuideChange[] = [];
  const sources: ImportSource[] = [];
  const claimedBy = new Map<string, SopDocument>();
  const articleIds = new Set(data.articles.map((article) => article.id));
  for (const article of data.articles) {
    const claim = claims.get(article.id) ?? [];
    if (claim.length > 1) {
      const files = claim.map((document) => `\`${document.file.path}\``).join(', ');
      changes.push({
        articleId: article.id,
        outcome: 'conflict',
        file: undefined,
        existingPath: claim[0]!.file.path,
        reason: `${claim.length} SOPs claim this article (${files}); keep one and import again`,
        skipKind: undefined,
      });
      continue;
    }
    const existing = claim[0];
    const raw = existing && isRecord(existing.frontmatter.raw) ? existing.frontmatter.raw : undefined;
    const category = mapCategory(article, data, categories) ?? fallback;
    const labels = (article.label_names ?? []).map(suggestId).filter((label) => label !== '');
    const original = { title: article.title, category: category.id, ...(labels.length > 0 ? { tags: labels } : {}) };
    const fields: ImportedFields = {
      reviewed: dateOf(article.updated_at) ?? options.today,
      status: article.draft === false && options.status === 'active' ? 'active' : 'draft',
      source: { system: guideSystem, id: article.id, ...(article.html_url ? { url: article.html_url } : {}), hash: pendingHash },
    };
    // An update keeps what the team decided since: owner, status and version.
    if (raw) {
      if (typeof raw.owner === 'string') fields.owner = raw.owner;
      if (raw.status === 'active' || raw.status === 'draft') fields.status = raw.status;
      if (typeof raw.version === 'string') fields.version = raw.version;
    }
    const conversion = readNested(
      () => htmlToMarkdown(article.body ?? '', { rewriteUrl: (url) => helpCenterUrl(url, article, articleIds, claims) }),
      'its HTML',
    );
    const path = `${article.id}.md`;
    if (existing) claimedBy.set(path, existing);
    // An article nested too deep to read (thousands of <div>s) is skipped with the reason; the rest import.
    if ('kind' in conversion) {
      sources.push({ path, text: '', stem: existing?.id ?? article.title, numberClashes: true, unreadable: conversion });
      continue;
    }
    const { markdown: body, headingIds } = conversion;
    sources.push({
      path,
      text: `---\n${stringify(original, { lineWidth: 0 })}---\n\n${withTitleHeading(article.title, body)}`,
      stem: existing?.id ?? article.title,
      numberClashes: true,
      fields,
      headingIds,
    });
  }
  const existing = new Map([...options.existing].filter(([id]) => !claimedIds.has(id)));
  const planned = planMarkdownImport(sources, playbook, {
    owner: options.owner,
    today: options.today,
    force: options.force,
    existing,
    category: undefined,
  });
  if (!planned.ok) return planned;
  for (const file of planned.plan.imported) {
    const articleId = Number(file.source.replace(/\.md$/, ''));
    const split = splitFile(file.text);
    const title = data.articles.find((article) => article.id === articleId)!.title;
    const incoming = fingerprint(title, split.body);
    const text = `${split.frontmatter.replace(`hash: ${pendingHash}`, `hash: ${incoming}`)}${split.body}`;
    const sourceFile = { ...file, text };
    const claimed = claimedBy.get(file.source);
    if (!claimed) {
      changes.push({ articleId, outcome: 'imported', file: sourceFile, existingPath: undefined, reason: undefined, skipKind: undefined });
      continue;
    }
    changes.push(decideUpdate(articleId, claimed, sourceFile, incoming, options.force));
  }
  for (const skipped of planned.plan.skipped) {
    changes.push({
      articleId: Number(skipped.source.replace(/\.md$/, '')),
      outcome: 'skipped',
      file: undefined,
      existingPath: undefined,
      reason: skipped.message,
      skipKind: skipped.reason,
    });
  }
  return { ok: true, changes: changes.sort((a, b) => a.articleId - b.articleId) };
}

function decideUpdate(articleId: number, claimed: SopDocument, file: ImportedFile, incoming: string, force: boolean): GuideChange {
  const raw = isRecord(claimed.frontmatter.raw) ? claimed.frontmatter.raw : {};
  const base = isRecord(raw.source) && typeof raw.source.hash === 'string' ? raw.source.hash : undefined;
  const local = fingerprint(typeof raw.title === 'string' ? raw.title : '', claimed.body);
  const change = (outcome: GuideOutcome, reason: string, skipKind?: string): GuideChange => ({
    articleId,
    outcome,
    file: outcome === 'updated' ? file : undefined,
    existingPath: claimed.file.path,
    reason,
    skipKind,
  });
  if (local === incoming) return change('skipped', 'unchanged', 'unchanged');
  if (base === local) return change('updated', 'changed in Zendesk');
  if (base === incoming) return change('skipped', 'edited locally; Zendesk has not changed it since the last import', 'edited locally');
  if (force) return change('updated', 'changed in Zendesk; local edits overwritten (--force)');
  const why =
    base === undefined
      ? 'differs from Zendesk and records no import hash, so local edits cannot be told apart'
      : 'edited locally and changed in Zendesk since the last import';
  return change('conflict', `${why}; merge by hand, or pass --force to take Zendesk's version`);
}
