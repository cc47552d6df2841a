// Authors' ```mermaid code blocks: found in a document's tree for the rule, and listed for the adapter that validates them.
import type { Code, Root } from 'mdast';
import type { Playbook } from '../model.ts';

const mermaidFence = /^[ \t>]*(?:`{3,}|~{3,})[ \t]*mermaid\b/im;

/** Only files whose text opens a mermaid fence need their tree walked. */
export function mayHoldMermaid(text: string): boolean {
  return mermaidFence.test(text);
}

/** Fenced code blocks whose language is `mermaid`, at any depth (in lists, quotes and MDX components too). */
export function mermaidBlocks(tree: Root): Code[] {
  const blocks: Code[] = [];
  const walk = (node: { type: string; lang?: string | null; children?: unknown[] }): void => {
    if (node.type === 'code' && node.lang?.toLowerCase() === 'mermaid') blocks.push(node as Code);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return blocks;
}

/** Every distinct diagram source in the playbook's SOPs and macros, for validation before a lint run. */
export function diagramSources(playbook: Playbook): string[] {
  const sources = new Set<string>();
  for (const document of [...playbook.sops, ...playbook.macros]) {
    if (!mayHoldMermaid(document.body)) continue;
    for (const block of mermaidBlocks(document.tree)) sources.add(block.value);
  }
  return [...sources];
}
