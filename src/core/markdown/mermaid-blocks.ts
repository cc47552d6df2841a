// Authors' ```mermaid code blocks: found in a document's tree for the rule, and listed for the adapter that validates them.
import type { Code, Root } from 'mdast';

const mermaidFence = /^[ \t>]*(?:`{3,}|~{3,})[ \t]*mermaid\b/im;

/** Only files whose text opens a mermaid fence need their tree walked. */
export function mayHoldMermaid(text: string): boolean {
  return mermaidFence.test(text);
}

/** A fenced code block that holds a diagram: its language is `mermaid`, in any case (```Mermaid too). Lint and site both ask here. */
export function isMermaidBlock(node: { type: string; lang?: string | null | undefined }): node is Code {
  return node.type === 'code' && node.lang?.toLowerCase() === 'mermaid';
}

/** Fenced mermaid code blocks, at any depth (in lists, quotes and MDX components too). */
export function mermaidBlocks(tree: Root): Code[] {
  const blocks: Code[] = [];
  const walk = (node: { type: string; lang?: string | null; children?: unknown[] }): void => {
    if (isMermaidBlock(node)) blocks.push(node);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return blocks;
}

interface DiagramHolder {
  body: string;
  /** `md` or `mdx`: the same body may hold other blocks in either. */
  format?: string;
  tree: Root;
}

/**
 * Every distinct diagram source the documents' authors wrote: validated before a lint run, drawn before a site build.
 * `kept` may answer for a document from what an earlier run found in the same body and format (a rebuild parses no
 * unchanged body for this); `find` finds them in its tree.
 */
export function diagramSources(
  documents: { sops: readonly DiagramHolder[]; macros: readonly DiagramHolder[] },
  kept: (document: DiagramHolder, find: () => string[]) => string[] = (_document, find) => find(),
): string[] {
  const sources = new Set<string>();
  for (const document of [...documents.sops, ...documents.macros]) {
    if (!mayHoldMermaid(document.body)) continue;
    for (const source of kept(document, () => mermaidBlocks(document.tree).map((block) => block.value))) sources.add(source);
  }
  return [...sources];
}
