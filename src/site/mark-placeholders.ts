// Marks help-desk placeholders in a rendered reply by rewriting hast text nodes only, so markup and
// escaping stay with the serializer and no placeholder can smuggle in HTML.
import type { Element, ElementContent, Root } from 'hast';
import { splitPlaceholders } from '../core/macros/placeholders.ts';

/** Wraps each `{{…}}` in text as `<mark class="placeholder">`, in place. */
export function markPlaceholders(tree: Root | Element): void {
  const children: ElementContent[] = [];
  for (const child of tree.children as ElementContent[]) {
    if (child.type === 'element') markPlaceholders(child);
    if (child.type !== 'text') {
      children.push(child);
      continue;
    }
    for (const segment of splitPlaceholders(child.value)) {
      children.push(
        segment.placeholder
          ? {
              type: 'element',
              tagName: 'mark',
              properties: { className: ['placeholder'] },
              children: [{ type: 'text', value: segment.text }],
            }
          : { type: 'text', value: segment.text },
      );
    }
  }
  tree.children = children;
}
