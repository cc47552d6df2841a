// MDX or plain Markdown for an imported body: MDX only when it reads the text exactly as Markdown does.
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { parseBody } from '../../load/markdown.ts';

/** `line` is the body line MDX stopped at, when it failed to parse; `tree` is the Markdown reading, for callers to reuse. */
export type FormatChoice = ({ format: 'mdx' } | { format: 'md'; reason: string; line?: number }) & { tree: Root };

function withoutPositions(tree: Node): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
}

const mdxNodeReasons: Record<string, string> = {
  mdxFlowExpression: 'MDX would run `{…}` as code',
  mdxTextExpression: 'MDX would run `{…}` as code',
  mdxJsxFlowElement: 'MDX would read `<…>` as a component',
  mdxJsxTextElement: 'MDX would read `<…>` as a component',
  mdxjsEsm: 'MDX would read `import`/`export` lines as code',
};

/**
 * MDX reads `{`, `<`, HTML comments, autolinks and indented code differently from Markdown, sometimes
 * without an error; comparing both readings catches every such case, and `.md` is always safe.
 */
export function chooseFormat(body: string): FormatChoice {
  const mdx = parseBody(body, 'mdx');
  // On a syntax error the loader falls back to the Markdown reading, which is the tree to hand back.
  if (mdx.syntaxError) {
    // The parser's own `(line:column-line:column)` counts from the body; the caller says where in the file.
    return {
      format: 'md',
      reason: mdx.syntaxError.message.replace(/ \(\d+:\d+-\d+:\d+\)/, ''),
      line: mdx.syntaxError.line,
      tree: mdx.tree,
    };
  }
  const markdown = parseBody(body, 'md');
  if (withoutPositions(mdx.tree) === withoutPositions(markdown.tree)) return { format: 'mdx', tree: markdown.tree };
  let reason: string | undefined;
  visit(mdx.tree, (node) => {
    reason ??= mdxNodeReasons[node.type];
  });
  return {
    format: 'md',
    reason: reason ?? 'MDX would read parts of it (HTML, autolinks or indented code) differently',
    tree: markdown.tree,
  };
}
