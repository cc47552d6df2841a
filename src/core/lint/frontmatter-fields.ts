// What a YAML block names, read from the raw YAML so that one bad field hides no other finding.
import { idPattern } from '../../../schemas/primitives.ts';
import type { YamlBlock } from '../model.ts';

export interface FieldValue {
  /** Field path as the loader keys positions: `escalation.1.owner`. */
  field: string;
  value: unknown;
}

export interface NamedId {
  field: string;
  id: string;
}

/**
 * Values at a field pattern such as `escalation.*.owner` (`*` walks a list, a number picks one item), read from the raw YAML.
 * The raw YAML exists even when the schema fails, so references are checked while other fields are still wrong.
 */
export function valuesAt(block: YamlBlock, pattern: string): FieldValue[] {
  let found: FieldValue[] = [{ field: '', value: block.raw }];
  // Plain loops: this runs for every field pattern of every rule on every file.
  for (const segment of segmentsOf(pattern)) {
    const next: FieldValue[] = [];
    for (const { field, value } of found) {
      if (segment === '*') {
        if (Array.isArray(value))
          for (let position = 0; position < value.length; position++)
            next.push({ field: join(field, String(position)), value: value[position] });
      } else if (Array.isArray(value)) {
        const position = /^\d+$/.test(segment) ? Number(segment) : -1;
        if (position >= 0 && position < value.length) next.push({ field: join(field, segment), value: value[position] });
      } else if (isRecord(value) && Object.hasOwn(value, segment)) {
        next.push({ field: join(field, segment), value: value[segment] });
      }
    }
    if (next.length === 0) return next;
    found = next;
  }
  return found;
}

const patternSegments = new Map<string, string[]>();

function segmentsOf(pattern: string): string[] {
  let segments = patternSegments.get(pattern);
  if (!segments) {
    segments = pattern.split('.');
    patternSegments.set(pattern, segments);
  }
  return segments;
}

/** The well-formed ids at a field pattern; values that are no id at all are `frontmatter-schema`'s to report. */
export function idsAt(block: YamlBlock, pattern: string): NamedId[] {
  return valuesAt(block, pattern).flatMap(({ field, value }) =>
    typeof value === 'string' && idPattern.test(value) ? [{ field, id: value }] : [],
  );
}

/** A top-level text field such as `status`, when it is text. */
export function textField(block: YamlBlock, field: string): string | undefined {
  const value = isRecord(block.raw) ? block.raw[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, segment: string): string {
  return path ? `${path}.${segment}` : segment;
}
