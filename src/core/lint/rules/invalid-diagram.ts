// invalid-diagram: an author's ```mermaid block must parse with Mermaid, or the page shows an error instead of the diagram.
import type { Code } from 'mdast';
import type { SourceRange } from '../../diagnostic.ts';
import type { ContentDocument } from '../../model.ts';
import { mayHoldMermaid, mermaidBlocks } from '../../markdown/mermaid-blocks.ts';
import { bodyStart, nodeStart } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const invalidDiagram = defineRule({
  meta: {
    id: 'invalid-diagram',
    defaultSeverity: 'error',
    description: 'Mermaid diagrams written in SOPs and macros must parse',
  },
  check({ playbook, validateDiagram, report }) {
    // Without verdicts prepared by an adapter there is nothing to go on: stay quiet rather than guess.
    if (!validateDiagram) return;
    for (const document of [...playbook.sops, ...playbook.macros]) {
      if (!mayHoldMermaid(document.body)) continue;
      for (const block of mermaidBlocks(document.tree)) {
        const verdict = validateDiagram(block.value);
        if (!verdict || verdict.valid) continue;
        report({
          file: document.file.path,
          ...placeOf(block, verdict, document),
          message: `mermaid diagram does not parse: \`${mermaidSays(verdict.message)}\`; fix the diagram so the page can draw it`,
        });
      }
    }
  },
});

/** The line inside the block that Mermaid blames (its line 1 follows the fence), else the fence itself. */
function placeOf(block: Code, verdict: { line?: number; column?: number }, document: ContentDocument<unknown>): SourceRange {
  const fence = nodeStart(block, bodyStart(document));
  if (!block.position || verdict.line === undefined) return fence;
  // Mermaid counts the end of input as one line past the last, so an unfinished last line is blamed on the next.
  const lines = block.value.split('\n');
  const line = Math.min(Math.max(verdict.line, 1), lines.length);
  const indent = /^[ \t]*/.exec(lines[line - 1] ?? '')![0].length;
  const column = verdict.column !== undefined && verdict.line <= lines.length ? verdict.column : indent + 1;
  return { line: fence.line + line, column: fence.column + column - 1 };
}

/**
 * Mermaid's own words, made one line: the first line of its message, with the `Expecting …, got …`
 * line that parse errors end with, a long list of expected tokens cut short, and no backticks.
 */
export function mermaidSays(message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = (lines[0] ?? 'unknown error').replace(/^Parsing failed:\s*/, '').replace(/:$/, '');
  const expecting = lines.length > 1 ? lines.at(-1)!.match(/^Expecting (.*), got (.*)$/) : null;
  let said = first;
  if (expecting) {
    const tokens = expecting[1]!.split(', ');
    const shown = tokens.length > 5 ? `${tokens.slice(0, 5).join(', ')} …` : tokens.join(', ');
    said = `${first}: expecting ${shown}, got ${expecting[2]}`;
  }
  return said.replace(/`/g, "'").replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}
