// `sop import markdown`: plans bringing a folder of Markdown documents in as draft SOPs, file by file, without losing text.
import { parse } from 'yaml';
import { plural } from '../../plural.ts';
import type { Category } from '../../../../schemas/index.ts';
import { splitFrontmatter } from '../../load/frontmatter.ts';
import { parseBody } from '../../load/markdown.ts';
import type { Playbook } from '../../model.ts';
import { unknownChoice, unknownOwner } from '../../unknown-choice.ts';
import { rewriteAdmonitions } from './admonitions.ts';
import { htmlBlocksToMarkdown } from './html-in-markdown.ts';
import { admonitionQuotesToCallouts } from './callouts-from-quotes.ts';
import { assignIds, type AssignedId } from './assign-ids.ts';
import { anchorMap, type AnchorMap } from './heading-anchors.ts';
import { chooseFormat } from './choose-format.ts';
import { quotesToCallouts } from './callouts.ts';
import { importedFrontmatter } from './import-frontmatter.ts';
import { checkSections, firstParagraph, oneLine, plainText, titleFromFileName, titleHeading, type SectionCheck } from './infer.ts';
import { rewriteBody, type BodyRewrite, type RenamedHeading } from './rewrite-body.ts';
import { readNested, tooDeep } from './nesting.ts';
import type { Analysed, ImportSource } from './source.ts';
import { assetsFolder } from '../../links.ts';
import type { AssetCopy, AssetLookup } from './assets.ts';

export type { ImportSource } from './source.ts';

export interface ImportOptions {
  owner: string;
  category?: string | undefined;
  /** Today as `YYYY-MM-DD`: the review date of every imported draft. */
  today: string;
  force: boolean;
  /** SOP ids already in the output folder, with their file paths. */
  existing: ReadonlyMap<string, string>;
  /** How to find the images and attachments documents refer to; without it none are copied. */
  assets?: AssetLookup | undefined;
}

export interface ImportedFile {
  source: string;
  id: string;
  format: 'md' | 'mdx';
  text: string;
  /** What could not be inferred or was changed, one sentence each. */
  notes: string[];
  renamed: RenamedHeading[];
  needsSteps: boolean;
  needsEdgeCases: boolean;
  noSummary: boolean;
  /** The existing file this one replaces (`--force`). */
  replaces: string | undefined;
  /** Images and attachments to copy into the playbook with it. */
  assets: AssetCopy[];
  /** Local images and attachments it refers to that are nowhere in the source tree. */
  missingAssets: string[];
}

interface SkippedFile {
  source: string;
  reason: 'exists' | 'clash' | 'empty' | 'binary' | 'too-deep';
  message: string;
}

export interface ImportPlan {
  imported: ImportedFile[];
  skipped: SkippedFile[];
}

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; problem: string };

function analyse(source: ImportSource): Analysed {
  // Windows line ends (CRLF, or a lone CR from old Mac tools) become `\n`, as the SOP's generated frontmatter is written,
  // so that no file mixes the two.
  const split = splitFrontmatter(source.text.replace(/\r\n?/g, '\n'));
  let original: Record<string, unknown> | undefined;
  let unparsedYaml: string | undefined;
  if (split.yaml !== undefined) {
    try {
      const value: unknown = parse(split.yaml);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) original = value as Record<string, unknown>;
      else if (value !== null && value !== undefined) unparsedYaml = split.yaml;
    } catch {
      unparsedYaml = split.yaml;
    }
  }
  const admonitions = rewriteAdmonitions(split.body);
  const html = htmlBlocksToMarkdown(admonitions.text);
  const tree = parseBody(html.text, 'md').tree;
  const heading = titleHeading(tree);
  const stem = source.stem ?? source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const given = typeof original?.title === 'string' && original.title.trim() !== '' ? original.title.trim() : undefined;
  const headingTitle = heading ? plainText(heading) : undefined;
  const title = given ?? headingTitle ?? titleFromFileName(stem);
  // A heading that repeats the frontmatter title would show the title twice on the page.
  const titleNode = given === undefined || headingTitle?.toLowerCase() === given.toLowerCase() ? heading : undefined;
  const titleFrom = given ? 'frontmatter' : heading ? 'heading' : 'file name';
  return {
    source,
    original,
    unparsedYaml,
    body: html.text,
    tree,
    titleNode,
    title,
    titleFrom,
    stem,
    admonitions: admonitions.count,
    htmlBlocks: html.count,
    contentTabs: admonitions.tabs,
  };
}

export function planMarkdownImport(sources: readonly ImportSource[], playbook: Playbook, options: ImportOptions): ImportResult {
  const { people, teams } = playbook.team.data;
  const ownerIds = new Set([...people, ...teams].map((entry) => entry.id));
  if (!ownerIds.has(options.owner)) return { ok: false, problem: unknownOwner(options.owner, [...ownerIds]) };
  const categories = playbook.config.data.categories;
  if (categories.length === 0) return { ok: false, problem: 'playbook.yaml lists no categories; add one under `categories` first' };
  const flagCategory = options.category === undefined ? undefined : categories.find((entry) => entry.id === options.category);
  if (options.category !== undefined && !flagCategory) {
    return {
      ok: false,
      problem: unknownChoice(
        'category',
        options.category,
        categories.map((entry) => entry.id),
      ),
    };
  }

  const skipped: SkippedFile[] = [];
  const analysed: Analysed[] = [];
  for (const source of [...sources].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const reading = source.unreadable ?? tooDeep(source.text) ?? readNested(() => analyse(source));
    if ('kind' in reading) skipped.push({ source: source.path, reason: reading.kind, message: reading.message });
    else analysed.push(reading);
  }
  const importable = analysed.filter((entry) => {
    if (entry.body.trim() !== '' || entry.original?.title !== undefined) return true;
    skipped.push({ source: entry.source.path, reason: 'empty', message: 'the file is empty' });
    return false;
  });
  const assigned = assignIds(importable, options);
  skipped.push(...assigned.skipped);
  const idsByPath = new Map(assigned.all.map((entry) => [entry.analysed.source.path, entry.id]));
  const sopIds = new Set([...playbook.sops.map((sop) => sop.id), ...idsByPath.values()]);
  const context = {
    ownerIds,
    sopIds,
    macroIds: new Set(playbook.macros.map((macro) => macro.id)),
    channels: playbook.config.data.channels,
    idsByPath,
    anchorsById: new Map(
      assigned.all.map(({ id, analysed: entry }) => [id, anchorMap(entry.tree, entry.titleNode, entry.source.headingIds)]),
    ),
  };
  const imported = assigned.imported.map((assignment) => {
    const original = assignment.analysed.original;
    const category = flagCategory ?? categories.find((candidate) => candidate.id === original?.category) ?? categories[0]!;
    return importOne(assignment, category, options, context);
  });
  return { ok: true, plan: { imported, skipped: skipped.sort((a, b) => (a.source < b.source ? -1 : 1)) } };
}

interface ImportContext {
  ownerIds: ReadonlySet<string>;
  sopIds: ReadonlySet<string>;
  macroIds: ReadonlySet<string>;
  channels: readonly string[];
  idsByPath: ReadonlyMap<string, string>;
  anchorsById: ReadonlyMap<string, AnchorMap>;
}

function summaryOf(entry: Analysed): string | undefined {
  for (const key of ['summary', 'description']) {
    const value = entry.original?.[key];
    if (typeof value === 'string' && oneLine(value) !== '') return oneLine(value);
  }
  const paragraph = firstParagraph(entry.tree, entry.titleNode);
  return paragraph === undefined ? undefined : oneLine(paragraph);
}

function importOne(
  { analysed: entry, id, replaces, nameless }: AssignedId,
  category: Category,
  options: ImportOptions,
  context: ImportContext,
): ImportedFile {
  const rewrite = rewriteBody(entry.body, {
    tree: entry.tree,
    title: entry.titleNode,
    sourcePath: entry.source.path,
    id,
    ...context,
    assets: options.assets,
  });
  const inferredSummary = summaryOf(entry);
  const summary = inferredSummary ?? oneLine(entry.title);
  const frontmatter = importedFrontmatter({
    original: entry.original,
    unparsedYaml: entry.unparsedYaml,
    title: entry.title,
    summary,
    owner: options.owner,
    category,
    today: options.today,
    channels: context.channels,
    ownerIds: context.ownerIds,
    macroIds: context.macroIds,
    sopIds: context.sopIds,
    fields: entry.source.fields,
  });
  const choice = chooseFormat(rewrite.body);
  const sections = checkSections(choice.tree);
  const needsSteps = !sections.hasSteps || !sections.stepsNumbered;

  // Panels of HTML pages, and admonitions of Markdown ones, arrive as quotes opening with their kind in bold; in `.mdx`
  // they become `<Callout>`s. A quote an author wrote as a quote, in a document without either, stays one.
  const fromPanels = entry.source.callouts === true;
  const callouts =
    choice.format !== 'mdx'
      ? { text: rewrite.body, count: 0 }
      : fromPanels
        ? quotesToCallouts(rewrite.body, choice.tree)
        : entry.admonitions > 0
          ? admonitionQuotesToCallouts(rewrite.body)
          : { text: rewrite.body, count: 0 };
  const text = `---\n${frontmatter.text}---\n\n${callouts.text.replace(/\s*$/, '\n')}`;
  const bodyLine = frontmatter.text.split('\n').length + 2;
  const notes = [
    ...(entry.titleFrom === 'file name' ? [`no title in the document: took \`${entry.title}\` from the file name`] : []),
    ...(nameless
      ? [`its name has no Latin letter or digit to make an id from: named it \`${id}\`; rename the SOP file to say what it is`]
      : []),
    ...(inferredSummary ? [] : ['no summary: used the title; write one line on what the SOP is for']),
    ...sectionNotes(sections),
    ...rewrite.renamed.map((heading) =>
      heading.kept
        ? `put \`${heading.from}\` under a new \`## ${heading.to}\` heading`
        : `renamed \`## ${heading.from}\` to \`## ${heading.to}\``,
    ),
    ...(choice.format === 'md'
      ? [`kept as Markdown (.md): ${choice.reason}${choice.line === undefined ? '' : ` at line ${choice.line + bodyLine - 1}`}`]
      : []),
    ...changeNotes(entry, rewrite, frontmatter.commented, fromPanels ? 0 : callouts.count),
    ...(fromPanels && callouts.count > 0 ? [`turned ${plural(callouts.count, 'panel', 'panels')} into \`<Callout>\``] : []),
  ];
  return {
    source: entry.source.path,
    id,
    format: choice.format,
    text,
    notes,
    renamed: rewrite.renamed,
    needsSteps,
    needsEdgeCases: !sections.hasEdgeCases,
    noSummary: !inferredSummary,
    replaces,
    assets: rewrite.assets,
    missingAssets: rewrite.missingAssets,
  };
}

function sectionNotes(sections: SectionCheck): string[] {
  if (!sections.hasSteps) return ['no Steps section: add `## Steps` with a numbered list, one action per item', ...edgeCaseNote(sections)];
  return [...(sections.stepsNumbered ? [] : ['the Steps section has no numbered list: number the steps']), ...edgeCaseNote(sections)];
}

function edgeCaseNote(sections: SectionCheck): string[] {
  return sections.hasEdgeCases ? [] : ['no Edge cases section: add `## Edge cases` with the situations that need different handling'];
}

/** What the import changed or left for a person to check, beyond the sections. */
function changeNotes(entry: Analysed, rewrite: BodyRewrite, commented: readonly string[], callouts: number): string[] {
  const notes: string[] = [];
  if (entry.source.encoding === 'Windows-1252')
    notes.push('read as Windows-1252, since it is not UTF-8; written as UTF-8: check its accented letters and symbols');
  else if (entry.source.encoding) notes.push(`read as ${entry.source.encoding}, as its byte order mark says; written as UTF-8`);
  if (commented.length > 0) notes.push(`kept original frontmatter ${commented.map((key) => `\`${key}\``).join(', ')} as comments`);
  if (entry.unparsedYaml !== undefined) notes.push('the original frontmatter is not valid YAML: kept it as comments');
  if (callouts > 0) notes.push(`turned ${plural(callouts, 'admonition', 'admonitions')} (\`!!! note\`, \`:::note\`) into \`<Callout>\``);
  if (entry.admonitions > callouts)
    notes.push(`turned ${plural(entry.admonitions - callouts, 'admonition', 'admonitions')} (\`!!! note\`, \`:::note\`) into quotes`);
  if (rewrite.attributeLists > 0)
    notes.push(`removed ${plural(rewrite.attributeLists, 'attribute list', 'attribute lists')} such as \`{:target="_blank"}\``);
  if (entry.contentTabs > 0)
    notes.push(`turned ${plural(entry.contentTabs, 'content tab', 'content tabs')} (\`=== "Email"\`) into bold labels over their content`);
  if (entry.htmlBlocks > 0)
    notes.push(`wrote ${plural(entry.htmlBlocks, 'block', 'blocks')} of HTML (\`<table>\`, \`<div>\`, \`<ul>\`) as Markdown`);
  if (rewrite.siteMarkup.esmLines > 0)
    notes.push(`removed ${plural(rewrite.siteMarkup.esmLines, 'line', 'lines')} of MDX code such as \`import Tabs from '@theme/Tabs'\``);
  if (rewrite.siteMarkup.blocks > 0)
    notes.push(
      `turned ${plural(rewrite.siteMarkup.blocks, 'block', 'blocks')} of \`<Tabs>\`/\`<TabItem>\` or \`<details>\` markup into bold labels`,
    );
  if (rewrite.linksRewritten > 0) notes.push(`pointed ${plural(rewrite.linksRewritten, 'link', 'links')} at the imported SOP pages`);
  if (rewrite.ownAnchors > 0)
    notes.push(`pointed ${plural(rewrite.ownAnchors, 'link', 'links')} to headings of the page at their anchors (\`#steps\`)`);
  if (rewrite.linksLeft > 0)
    notes.push(`${plural(rewrite.linksLeft, 'link', 'links')} to pages or files outside the import left as written; check them`);
  if (rewrite.assets.length > 0)
    notes.push(`copied ${plural(rewrite.assets.length, 'image or attachment', 'images and attachments')} into \`${assetsFolder}/\``);
  if (rewrite.missingAssets.length > 0) {
    const listed = rewrite.missingAssets.map((url) => `\`${url}\``).join(', ');
    notes.push(
      `${plural(rewrite.missingAssets.length, 'image or attachment', 'images and attachments')} not found in the source: ` +
        `${listed}; add the file or remove the link`,
    );
  }
  return notes;
}
