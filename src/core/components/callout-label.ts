// The words a callout opens with wherever it is shown as text: the site's label and the Markdown twins'.
import { calloutKinds, type CalloutKind } from '../../../schemas/components.ts';

const calloutLabels: Record<CalloutKind, string> = { note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger' };

/** `Warning: Cancel first`, or `Note` for a callout without a title (or with a kind lint rejects). */
export function calloutLabel(kind: string | undefined, title: string | undefined): string {
  const known = (calloutKinds as readonly string[]).includes(kind ?? '') ? (kind as CalloutKind) : 'note';
  return title ? `${calloutLabels[known]}: ${title}` : calloutLabels[known];
}
