// broken-link: links and images in SOP and macro bodies must reach a page, heading or file that exists.
import type { ContentDocument } from '../../model.ts';
import { linkTarget } from '../../links.ts';
import { matchRoute, suggestedRoutes, type RouteIdKind } from '../../routes.ts';
import { linksOf } from '../document-facts.ts';
import type { LinkReference } from '../link-targets.ts';
import { bodyStart } from '../locate.ts';
import type { PlaybookIndex } from '../playbook-index.ts';
import { defineRule, type RuleContext } from '../rule.ts';
import { withSuggestion } from '../suggest.ts';

export const brokenLink = defineRule({
  meta: {
    id: 'broken-link',
    defaultSeverity: 'error',
    description: 'Links and images must point to an SOP, macro, page, heading or file that exists',
  },
  check(context) {
    const documents = [...context.playbook.sops, ...context.playbook.macros];
    const byPath = new Map(documents.map((document) => [document.file.path, document]));
    const tags = new Set([...context.index.tagsByCategory.values()].flatMap((allowed) => [...(allowed ?? [])]));
    const checker: LinkChecker = { context, byPath, tags };
    for (const document of documents) {
      for (const reference of linksOf(document)) {
        const problem = problemWith(reference, document, checker);
        if (!problem) continue;
        context.report({ file: document.file.path, ...(reference.range ?? bodyStart(document)), message: problem });
      }
    }
  },
});

interface LinkChecker {
  context: RuleContext;
  byPath: ReadonlyMap<string, ContentDocument<unknown>>;
  tags: ReadonlySet<string>;
}

type Document = ContentDocument<unknown>;

function problemWith(reference: LinkReference, document: Document, checker: LinkChecker): string | undefined {
  const target = linkTarget(reference.url, document.file.path);
  const what = reference.kind === 'image' ? 'image' : 'link to';
  const written = `${what} \`${reference.url}\``;
  switch (target.kind) {
    case 'ignored':
      return undefined;
    case 'outside':
      return `${written} points outside the project; link to a page of the playbook or a file inside the project`;
    case 'local-file':
      return reference.kind === 'image'
        ? `${written} is a file on one computer, which readers cannot open; copy the image into \`public/images/\` and write ` +
            `\`/images/<name>\``
        : `${written} is a file on one computer, which readers cannot open; link to a page of the playbook or a web address`;
    case 'anchor':
      return missingAnchor(written, target.anchor, document, 'on this page', checker.context.index);
    case 'route':
      return reference.kind === 'image' ? missingAsset(written, `public${target.path}`, checker) : routeProblem(written, target, checker);
    case 'file':
      return fileProblem(written, target, checker);
  }
}

function missingAnchor(written: string, anchor: string, document: Document, where: string, index: PlaybookIndex): string | undefined {
  if (anchor === '') return undefined;
  const anchors = index.anchorsOf(document.file.path);
  if (anchors.has(anchor)) return undefined;
  const fix =
    anchors.size > 0 ? `link to one of its headings: ${listed([...anchors])}` : 'remove the `#…` part, as the page has no headings';
  return withSuggestion(`${written} finds no heading \`#${anchor}\` ${where}`, anchor, anchors, fix);
}

/** The first few anchors, in page order: enough to pick from without flooding the message. */
function listed(anchors: string[]): string {
  const shown = anchors.slice(0, 6).map((anchor) => `\`#${anchor}\``);
  return anchors.length > shown.length ? `${shown.join(', ')} …` : shown.join(', ');
}

function missingAsset(written: string, path: string, checker: LinkChecker): string | undefined {
  if (checker.context.assetExists(path)) return undefined;
  return `${written} finds no file \`${path}\`; add the file or fix the path`;
}

function routeProblem(written: string, target: { path: string; anchor: string }, checker: LinkChecker): string | undefined {
  const { index } = checker.context;
  const route = matchRoute(target.path);
  if (!route) {
    const last =
      target.path
        .split('/')
        .filter((segment) => segment !== '')
        .at(-1) ?? '';
    return /\.[a-z0-9]+$/i.test(last) ? missingAsset(written, `public${target.path}`, checker) : unknownPage(written);
  }
  if (!route.id) return undefined;
  const { kind, value: id } = route.id;
  if (kind === 'sop' || kind === 'macro') {
    const what = kind === 'sop' ? 'SOP' : 'macro';
    const byId: ReadonlyMap<string, Document[]> = kind === 'sop' ? index.sopsById : index.macrosById;
    const document = byId.get(id)?.[0];
    if (!document)
      return withSuggestion(`${written} finds no ${what} \`${id}\``, id, byId.keys(), `link to an existing ${what} or fix the id`);
    return missingAnchor(written, target.anchor, document, `in ${what} \`${id}\``, index);
  }
  const registries: Record<Exclude<RouteIdKind, 'sop' | 'macro'>, { ids: Iterable<string>; what: string; fix: string }> = {
    owner: { ids: index.ownerIds, what: 'person or team', fix: 'use an id from team.yaml' },
    category: { ids: index.categoryIds, what: 'category', fix: 'use a category id from playbook.yaml' },
    tag: { ids: checker.tags, what: 'tag', fix: 'use a tag from a category in playbook.yaml' },
  };
  const registry = registries[kind];
  if (new Set(registry.ids).has(id)) return undefined;
  return withSuggestion(`${written} finds no ${registry.what} \`${id}\``, id, registry.ids, registry.fix);
}

function unknownPage(written: string): string {
  const pages = suggestedRoutes.map((path) => `\`${path}\``);
  return `${written} finds no page of the playbook; link to ${pages.slice(0, -1).join(', ')} or ${pages.at(-1)}`;
}

function fileProblem(written: string, target: { path: string; anchor: string }, checker: LinkChecker): string | undefined {
  const linked = checker.byPath.get(target.path);
  if (linked) return missingAnchor(written, target.anchor, linked, `in \`${target.path}\``, checker.context.index);
  const contentFile = /^(.*\/)?[^/]+\.mdx?$/.exec(target.path);
  const folder = contentFile?.[1] ?? '';
  // Names of the SOPs or macros in the folder the link points into; none means the link is to some other file.
  const siblings = [...checker.byPath.keys()]
    .filter((path) => path.startsWith(folder) && !path.slice(folder.length).includes('/'))
    .map((path) => path.slice(folder.length));
  if (!contentFile || siblings.length === 0) return missingAsset(written, target.path, checker);
  return withSuggestion(
    `${written} finds no file \`${target.path}\``,
    target.path.slice(folder.length),
    siblings,
    'link to an existing SOP or macro file, or to its page such as `/sops/<id>/`',
  );
}
