// Checks the components in one SOP against their zod schemas (schemas/components.ts): unknown
// components and props, missing and malformed props, expressions, and tabs outside `<Tabs>`; each
// problem placed at the prop (or the tag) it concerns.
import type { Root } from 'mdast';
import { componentNames, componentSchemas, isComponentName } from '../../../schemas/components.ts';
import type { z } from '../../../schemas/zod.ts';
import type { SourceRange } from '../diagnostic.ts';
import { withSuggestion } from '../lint/suggest.ts';
import { assetFile, assetsFolder, isExternalUrl } from '../links.ts';
import { componentElements, readProps, rangeOf, tabsOf, type JsxElementNode } from './jsx.ts';

export interface ComponentProblem {
  range: SourceRange | undefined;
  message: string;
}

const listed = componentNames.map((name) => `\`<${name}>\``).join(', ');

/** What to write for a required prop, by component and prop: the fix half of the message. */
const requiredHints: Record<string, string> = {
  'Callout.kind': 'add `kind="note"`, `"tip"`, `"warning"` or `"danger"`',
  'Screenshot.src': 'add `src="../assets/<file>.png"`',
  'Screenshot.alt': 'add `alt="…"` saying what the screenshot shows, for reps who cannot see it',
  'Macro.id': 'add `id="<macro-id>"` naming a file in `content/macros/`',
  'Tab.channel': 'add `channel="<id>"` with a channel from playbook.yaml',
  'Video.src': 'add `src="../assets/<file>.mp4"`',
  'Video.title': 'add `title="…"` saying what the recording shows',
};

/** Props that name a file the site must publish. */
const fileProps: Record<string, readonly string[]> = { Screenshot: ['src'], Video: ['src', 'captions'] };

/** `filePath`: the SOP's path from the project root, from which relative `src` paths resolve. */
export function componentProblems(tree: Root, filePath: string): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  for (const { node, ancestors } of componentElements(tree)) {
    const tag = rangeOf(node.position);
    if (!isComponentName(node.name)) {
      problems.push({
        range: tag,
        message: withSuggestion(
          `unknown component \`<${node.name}>\``,
          node.name,
          componentNames,
          `use one of ${listed}; SOPs cannot import their own`,
        ),
      });
      continue;
    }
    problems.push(...propProblems(node, node.name), ...unpublishedFiles(node, node.name, filePath));
    if (node.name === 'Tab' && ancestors.at(-1) !== 'Tabs') {
      problems.push({ range: tag, message: '`<Tab>` must sit directly inside `<Tabs>`; wrap the channel tabs in `<Tabs>…</Tabs>`' });
    }
    if (node.name === 'Tabs') problems.push(...tabsProblems(node));
  }
  return problems;
}

function propProblems(node: JsxElementNode, name: keyof typeof componentSchemas): ComponentProblem[] {
  const schema = componentSchemas[name] as z.ZodObject;
  const props = readProps(node);
  const tag = rangeOf(node.position);
  const problems: ComponentProblem[] = [];
  for (const { name: prop, range } of props.unreadable) {
    problems.push({
      range: range ?? tag,
      message: prop
        ? `prop \`${prop}\` of \`<${name}>\` is an expression, which the site does not run; write it in quotes, as \`${prop}="…"\``
        : `\`<${name}>\` takes no \`{...spread}\` props; write each prop in quotes`,
    });
  }
  const unreadableNames = new Set(props.unreadable.map((entry) => entry.name));
  const result = schema.safeParse(props.values);
  if (result.success) return problems;
  const known = Object.keys(schema.shape);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const fix = known.length > 0 ? `it takes ${known.map((prop) => `\`${prop}\``).join(', ')}` : 'it takes no props';
        problems.push({
          range: props.ranges.get(key) ?? tag,
          message: withSuggestion(`\`<${name}>\` has no prop \`${key}\``, key, known, `remove it; ${fix}`),
        });
      }
      continue;
    }
    const prop = String(issue.path[0] ?? '');
    if (unreadableNames.has(prop)) continue;
    if (!(prop in props.values)) {
      problems.push({
        range: tag,
        message: `\`<${name}>\` needs \`${prop}\`; ${requiredHints[`${name}.${prop}`] ?? `add \`${prop}="…"\``}`,
      });
      continue;
    }
    const written = props.values[prop];
    const shown = written === true ? `\`${prop}\` without a value` : `\`${prop}="${written}"\``;
    problems.push({ range: props.ranges.get(prop) ?? tag, message: `${shown} on \`<${name}>\` ${issue.message}` });
  }
  return problems;
}

/** A file outside the assets folder (and not under `public/`) would not be on the site. */
function unpublishedFiles(node: JsxElementNode, name: string, filePath: string): ComponentProblem[] {
  const props = readProps(node);
  const problems: ComponentProblem[] = [];
  for (const prop of fileProps[name] ?? []) {
    const value = props.values[prop];
    if (typeof value !== 'string' || value === '' || isExternalUrl(value) || assetFile(value, filePath)) continue;
    problems.push({
      range: props.ranges.get(prop) ?? rangeOf(node.position),
      message:
        `\`${prop}="${value}"\` on \`<${name}>\` is not in the assets folder, so the site would not publish it; move ` +
        `the file into \`${assetsFolder}/\` and write \`../assets/…\``,
    });
  }
  return problems;
}

/** `<Tabs>` holds channel tabs only, each channel once. */
function tabsProblems(node: JsxElementNode): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  const seen = new Set<string>();
  const { tabs, other } = tabsOf(node);
  for (const tab of tabs) {
    const channel = readProps(tab).values.channel;
    if (typeof channel !== 'string') continue;
    if (seen.has(channel))
      problems.push({ range: rangeOf(tab.position), message: `\`<Tabs>\` has two tabs for channel \`${channel}\`; merge them into one` });
    seen.add(channel);
  }
  for (const child of other) {
    problems.push({
      range: rangeOf(child.position) ?? rangeOf(node.position),
      message: '`<Tabs>` holds only `<Tab channel="…">` elements; move this into a tab or out of `<Tabs>`',
    });
  }
  if (tabs.length === 0)
    problems.push({
      range: rangeOf(node.position),
      message: '`<Tabs>` has no `<Tab channel="…">`; add one tab per channel or remove `<Tabs>`',
    });
  return problems.sort((a, b) => (a.range?.line ?? 0) - (b.range?.line ?? 0));
}
