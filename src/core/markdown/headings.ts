// Heading anchors exactly as the site writes them (GitHub's slugger), so `broken-link` and pages agree.
import type { Heading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';

export interface HeadingAnchor {
  depth: number;
  text: string;
  slug: string;
  node: Heading;
}

export function headingAnchors(tree: Root): HeadingAnchor[] {
  const slugger = new GithubSlugger();
  const anchors: HeadingAnchor[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const text = toString(node);
    anchors.push({ depth: node.depth, text, slug: slugger.slug(text), node });
  }
  return anchors;
}
