// `/llms.txt` and `/llms-full.txt` as llmstxt.org describes them: an H1, a blockquote summary, notes
// without headings, then H2 file lists of `- [name](url): notes`; `## Optional` holds what an agent may skip.
import type { Category } from '../../../schemas/index.ts';
import type { CatalogMacro } from '../catalog.ts';
import { aiUseMeaning } from './policy.ts';
import { aiPaths, type AiLinks } from './links.ts';
import type { AiSop } from './sop-view.ts';
import { inline, sopTwin } from './twin.ts';

export interface LlmsInput {
  title: string;
  description: string | undefined;
  categories: readonly Category[];
  /** SOPs AI agents may carry, in catalog order (never, draft and retired already left out). */
  sops: readonly AiSop[];
  /** Macros AI agents may see (archived, draft and those only withheld SOPs use already left out). */
  macros: readonly CatalogMacro[];
  links: AiLinks;
  /** A macro's reply in one short line (`replyPreview` of 120 characters), which a rebuild may have kept. */
  replyPreview: (macro: CatalogMacro) => string;
}

/** Link text may not hold `[`, `]` or a line break; a URL no space or `)`. */
function linkText(text: string): string {
  return inline(text).replace(/([[\]\\])/g, '\\$1');
}

function preamble(input: LlmsInput): string[] {
  const summary = input.description
    ? inline(input.description)
    : `The customer-support procedures (SOPs) of ${inline(input.title)}, each owned, versioned and reviewed.`;
  return [
    `# ${inline(input.title)}`,
    `> ${summary}`,
    [
      'Each SOP says when to use it, its steps, edge cases and escalation path. Its `AI use` says what an AI agent may do:',
      `\`resolve\`: ${aiUseMeaning.resolve}; \`assist\`: ${aiUseMeaning.assist}.`,
      'Never take an action an SOP lists under "Never". When a review is due soon or overdue, the SOP says so at its top.',
      `Structured data: ${input.links.url(aiPaths.apiPlaybook())} (JSON Schema: ${input.links.url(aiPaths.apiSchema())}).`,
    ].join(' '),
  ];
}

export function llmsTxt(input: LlmsInput): string {
  const blocks = preamble(input);
  const byCategory = new Map<string, AiSop[]>();
  for (const sop of input.sops) {
    const listed = byCategory.get(sop.category.id);
    if (listed) listed.push(sop);
    else byCategory.set(sop.category.id, [sop]);
  }
  const known = input.categories.filter((category) => byCategory.has(category.id));
  const unknown = [...byCategory.keys()].filter((id) => !input.categories.some((category) => category.id === id));
  for (const { id, name } of [...known, ...unknown.map((id) => ({ id, name: id }))]) {
    const lines = byCategory
      .get(id)!
      .map((sop) => `- [${linkText(sop.title)}](${sop.urls.markdown}): ${inline(sop.summary)} (AI use: ${sop.policy.use})`);
    blocks.push(`## ${inline(name)}`, lines.join('\n'));
  }
  if (input.macros.length) {
    const lines = input.macros.map(
      (macro) =>
        `- [${linkText(macro.data.title)}](${input.links.url(aiPaths.macroMarkdown(macro.id))})` + `: ${inline(input.replyPreview(macro))}`,
    );
    blocks.push('## Optional', lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

export function llmsFullTxt(input: LlmsInput): string {
  const blocks = preamble(input);
  for (const sop of input.sops) blocks.push(sopTwin(sop, { headingOffset: 1 }).trimEnd());
  return `${blocks.join('\n\n')}\n`;
}
