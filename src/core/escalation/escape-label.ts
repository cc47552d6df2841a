// The one place where text a manager wrote becomes Mermaid label text: whatever it holds (quotes,
// brackets, pipes, arrows, HTML, `%%{init}%%` directives) it stays text and never ends the label early.

/**
 * Characters written as Mermaid entity codes (`#quot;`, `#35;` …), which Mermaid turns into HTML
 * entities after parsing, so the parser never sees them:
 * - `"` would end the quoted label; `<`, `>` and `&` would be markup or an entity in the HTML label;
 * - `#` would start an entity code of its own (`#quot;` must show as typed);
 * - `%` could open a `%%{init: …}%%` directive, which Mermaid reads anywhere in the source;
 * - `` ` `` right after the opening quote would make the label Markdown;
 * - `\` before `n` would be read as a line break;
 * - `:` because Mermaid drops the last `;` of any line holding `style…:…#…;` or `classDef…:…#…;`
 *   before parsing, which would cut an entity code in half.
 * Brackets, braces, pipes and arrows need nothing: inside quotes the parser takes them as text.
 */
const entityCodes: Record<string, string> = {
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '#': '#35;',
  '%': '#37;',
  '`': '#96;',
  '\\': '#92;',
  ':': '#58;',
};

/** Escapes one line of label text; line breaks and other control characters become single spaces. */
export function escapeLabel(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a Mermaid label
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .replace(/\s{2,}/g, ' ')
      .trim()
      .replace(/["<>&#%`\\:]/g, (character) => entityCodes[character] ?? character)
  );
}

/**
 * A quoted Mermaid label (`"…"`) of one or more lines, empty ones left out; with `heading`, the first
 * line is set in bold. The `<br>` and `<strong>` here are the only markup a label ever holds.
 */
export function mermaidLabel(lines: readonly string[], options: { heading?: boolean } = {}): string {
  const escaped = lines.map(escapeLabel).filter((line) => line !== '');
  if (options.heading && escaped[0] !== undefined) escaped[0] = `<strong>${escaped[0]}</strong>`;
  return `"${escaped.join('<br>')}"`;
}
