// Frontmatter text written by hand, line by line, so that templates keep their order and comments; values quoted only when YAML needs it.
import { stringify } from 'yaml';

/** A scalar as YAML writes it: plain when that reads back as the same string, quoted otherwise. */
export function yamlString(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `[a, b]` for ids, which never need quoting in flow context. */
export function flowIds(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}

/** `{ key: value, … }` for small records of ids and durations. */
export function flowRecord(record: Readonly<Record<string, string | undefined>>): string {
  const entries = Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return `{ ${entries.map(([key, value]) => `${key}: ${yamlString(value)}`).join(', ')} }`;
}
