// Whether a node holds any text a reader sees, as `toString(node).trim() !== ''` says, without building the string.
import type { Nodes } from 'mdast';

/**
 * What `mdast-util-to-string` reads of a node, in its order (a `value`, else an image's `alt`, else the children), tested
 * for anything but white space, stopping at the first character found. The lint rules asked this of every step and
 * edge case of every SOP by building each node's whole text first.
 */
export function hasText(node: Nodes): boolean {
  if ('value' in node) return typeof node.value === 'string' && notBlank.test(node.value);
  if ('alt' in node && node.alt) return notBlank.test(node.alt);
  if ('children' in node) for (const child of node.children) if (hasText(child)) return true;
  return false;
}

const notBlank = /\S/;
