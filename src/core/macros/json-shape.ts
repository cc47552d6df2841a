// What is wrong with one entry of a help-desk export (Zendesk macros, Zendesk Guide articles), said in JSON's words:
// the entry and field, and what the file holds there. Shared by the readers of both exports.
import type { z } from '../../../schemas/zod.ts';

/** The options to check an entry with: zod leaves the value out of its issues unless asked, and the message needs it. */
export const withInput = { reportInput: true } as const;

/**
 * `` `articles[3].id` must be a number; found the string `"4"` ``. A field that is absent "is missing"; a present one
 * of the wrong kind is never called missing. `where` names the entry (`macros[2]`, `articles[0]`).
 */
export function describeJsonIssue(where: string, issue: z.core.$ZodIssue): string {
  const path = `\`${[where, ...issue.path.map(String)].join('.')}\``;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${path} is missing`;
  return issue.input === undefined ? `${path} ${ownWords(issue)}` : `${path} ${ownWords(issue)}; found ${describeJsonValue(issue.input)}`;
}

/** The schema's own message, or zod's default (`Invalid input: expected …`, `Too small: …`) said in JSON's words. */
function ownWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) return `must be ${jsonKind(issue.expected)}`;
  if (issue.code === 'too_small' && issue.message.startsWith('Too small'))
    return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.message.startsWith('Too big'))
    return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
  return issue.message;
}

function jsonKind(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'number') return 'a number';
  if (expected === 'boolean') return '`true` or `false`';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}

function describeJsonValue(value: unknown): string {
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string' && value.trim() === '') return 'no text';
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
    return `the string \`${text}\``;
  }
  if (typeof value === 'number') return `the number \`${value}\``;
  return typeof value === 'boolean' ? `\`${value}\`` : 'a value JSON cannot hold';
}
