import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/core/load/markdown.ts';
import { hasText } from '../../../src/core/markdown/has-text.ts';

/** Every node of a tree, the root included. */
function allNodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => allNodes(child)) : [])];
}

describe('hasText', () => {
  it.each([
    ['an empty list item', '1. \n2. Do it\n', 'mdx'],
    ['white space only, of several kinds', '-  \u00A0\n- \u2003x\n', 'md'],
    ['an image with alt text and one without', '![Diagram](/a.png) and ![](/b.png)\n', 'md'],
    ['HTML and a comment', '<b> </b>\n\n<!-- note -->\n', 'md'],
    ['an empty expression and a component', '{/* */}\n\n<Callout> </Callout>\n', 'mdx'],
  ] as const)('says what toString says of every node of %s', (_name, text, format) => {
    for (const node of allNodes(parseBody(text, format).tree)) expect(hasText(node)).toBe(toString(node).trim() !== '');
  });

  it('says what toString says of every node of the sample SOPs', () => {
    const folder = join(import.meta.dirname, '../../../content/sops');
    const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const { tree } = parseBody(readFileSync(join(folder, name), 'utf8'), 'mdx');
      for (const node of allNodes(tree)) expect(hasText(node), `${name}: ${node.type}`).toBe(toString(node).trim() !== '');
    }
  });
});
