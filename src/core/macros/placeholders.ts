// Finds help-desk placeholders (`{{ticket.requester.first_name}}`) in reply text, so pages can mark them without touching markup.

export interface ReplySegment {
  text: string;
  placeholder: boolean;
}

// Zendesk placeholders are `{{…}}` with no braces inside; Liquid tags (`{% if %}`) are left as text.
const placeholderPattern = /\{\{[^{}\n]+\}\}/g;

/** Splits text into plain runs and placeholders, in order; joining every `text` gives the input back. */
export function splitPlaceholders(text: string): ReplySegment[] {
  const segments: ReplySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), placeholder: false });
    segments.push({ text: match[0], placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), placeholder: false });
  return segments;
}
