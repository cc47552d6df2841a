// The authors' diagrams of a set of documents: found in each body's tree, or answered from what an earlier run kept for
// the same body and format, without parsing it.
import { describe, expect, it } from 'vitest';
import { diagramSources } from '../../../src/core/markdown/mermaid-blocks.ts';
import { parseBody } from '../../../src/core/load/markdown.ts';

const body = (label: string) => `## Flow\n\n\`\`\`mermaid\nflowchart TD\n  A[${label}] --> B\n\`\`\`\n`;

/** A document whose tree is parsed on first read, counting the reads. */
function document(text: string, format: 'md' | 'mdx', reads: string[]) {
  return {
    body: text,
    format,
    get tree() {
      reads.push(text);
      return parseBody(text, format).tree;
    },
  };
}

describe('diagram sources', () => {
  it('are found in the trees of the bodies that may hold one, each source once', () => {
    const reads: string[] = [];
    const sources = diagramSources({
      sops: [document(body('One'), 'mdx', reads), document(body('One'), 'md', reads), document('No diagram here.\n', 'mdx', reads)],
      macros: [document(body('Two'), 'md', reads)],
    });
    expect(sources).toEqual(['flowchart TD\n  A[One] --> B', 'flowchart TD\n  A[Two] --> B']);
    expect(reads).toHaveLength(3);
  });

  it('are taken from what was kept, when kept, without reading the tree', () => {
    const reads: string[] = [];
    const kept = new Map([[`mdx\0${body('One')}`, ['kept source']]]);
    const sources = diagramSources(
      { sops: [document(body('One'), 'mdx', reads), document(body('One'), 'md', reads)], macros: [] },
      (holder, find) => kept.get(`${holder.format}\0${holder.body}`) ?? find(),
    );
    expect(sources).toEqual(['kept source', 'flowchart TD\n  A[One] --> B']);
    expect(reads).toEqual([body('One')]);
  });
});
