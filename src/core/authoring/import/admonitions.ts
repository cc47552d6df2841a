// MkDocs and Python-Markdown admonitions (`!!! tip "Title"` + an indented block) and Docusaurus ones (`:::tip Title` …
// `:::`) become quotes, which every Markdown reader shows; an `.mdx` import then makes them `<Callout>`s
// (callouts-from-quotes.ts). Left alone, MkDocs text reads as a code block, Docusaurus markers as text.
import { bold } from './site-markup.ts';

export interface AdmonitionRewrite {
  text: string;
  count: number;
  /** MkDocs Material content tabs (`=== "Email"` + an indented block), written as a bold label over their content. */
  tabs: number;
}

/** `=== "Email"`, `===+ "Chat"` (pymdownx.tabbed): the tab's content is the block indented four more below it. */
const tabMarker = /^( {0,3})===[+!]?[ \t]+"([^"]*)"[ \t]*$/;

const marker = /^( {0,3})(?:!!!|\?\?\?\+?)[ \t]*([A-Za-z][\w-]*)(?:[ \t]+"([^"]*)")?[ \t]*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
/** `:::warning`, `:::tip Title`, `:::note[Title]`; the block ends at a line of `:::` alone. */
const docusaurusOpen = /^( {0,3}):::[ \t]*([A-Za-z][\w-]*)(?:[ \t]*\[([^\]]*)\]|[ \t]+(\S.*?))?[ \t]*$/;
const docusaurusClose = /^ {0,3}:::[ \t]*$/;

function label(kind: string, title: string | undefined): string {
  const name = kind[0]!.toUpperCase() + kind.slice(1).toLowerCase();
  if (title === undefined) return `**${name}**`;
  return title.trim() === '' ? '' : `**${name}: ${title.trim()}**`;
}

export function rewriteAdmonitions(source: string): AdmonitionRewrite {
  const lines = source.split('\n');
  const output: string[] = [];
  let count = 0;
  let tabs = 0;
  let openFence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      const mark = fenceMatch[1]!;
      if (openFence === undefined) openFence = mark;
      else if (mark[0] === openFence[0] && mark.length >= openFence.length) openFence = undefined;
    }
    const docusaurus = openFence === undefined ? docusaurusOpen.exec(line) : null;
    if (docusaurus) {
      const end = lines.findIndex((candidate, position) => position > index && docusaurusClose.test(candidate));
      if (end !== -1) {
        count += 1;
        const indent = docusaurus[1]!;
        const body = lines
          .slice(index + 1, end)
          .map((entry) => (entry.startsWith(indent) ? entry.slice(indent.length) : entry.trimStart()));
        while (body[0]?.trim() === '') body.shift();
        while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
        const heading = label(docusaurus[2]!, docusaurus[3] ?? docusaurus[4]);
        const quoted = body.length === 0 ? [heading] : [heading, '', ...body];
        output.push(...quoted.map((entry) => (entry.trim() === '' ? `${indent}>` : `${indent}> ${entry}`)));
        index = end;
        continue;
      }
    }
    const tab = openFence === undefined ? tabMarker.exec(line) : null;
    const match = openFence === undefined ? marker.exec(line) : null;
    if (!match && !tab) {
      output.push(line);
      continue;
    }
    const indent = (match ?? tab)![1]!;
    if (tab) {
      // Markdown has no tabs: the label in bold, then what the tab holds, moved back four columns and read on as the
      // rest of the document is, so an admonition inside a tab is one too.
      tabs += 1;
      const label = bold(tab[2]!);
      if (label !== '') output.push(`${indent}${label}`, '');
      for (let next = index + 1; next < lines.length; next++) {
        const candidate = lines[next]!;
        if (candidate.trim() !== '' && !candidate.startsWith(`${indent}    `)) break;
        lines[next] = candidate.trim() === '' ? '' : `${indent}${candidate.slice(indent.length + 4)}`;
      }
      while (lines[index + 1] === '') index += 1;
      continue;
    }
    count += 1;
    const body: string[] = [];
    // The block is every following line indented four more than the marker, blank lines included.
    for (let next = index + 1; next < lines.length; next++) {
      const candidate = lines[next]!;
      if (candidate.trim() !== '' && !candidate.startsWith(`${indent}    `)) break;
      body.push(candidate.trim() === '' ? '' : candidate.slice(indent.length + 4));
    }
    // Trailing blank lines stay outside the quote, to separate it from what follows.
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    index += body.length;
    while (body[0] === '') body.shift();
    const heading = label(match![2]!, match![3]);
    const quoted = heading === '' ? body : body.length === 0 ? [heading] : [heading, '', ...body];
    output.push(...quoted.map((entry) => (entry === '' ? `${indent}>` : `${indent}> ${entry}`)));
  }
  return { text: output.join('\n'), count, tabs };
}
