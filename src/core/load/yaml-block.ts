// YAML with field positions: every problem points at its field, worked out with the `yaml` CST parser.
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { SourceRange } from '../diagnostic.ts';
import { isStackOverflow } from '../stack-overflow.ts';
import type { ContentProblem, FieldLocation, YamlBlock } from '../model.ts';
import { lineIndex } from '../line-index.ts';

export interface ParsedYaml {
  block: YamlBlock;
  problems: ContentProblem[];
}

/**
 * Parses YAML text that starts at `firstLine` of its file (2 for frontmatter after `---`).
 * YAML 1.2's core schema keeps `2026-11-01` a string, so dates reach zod as written.
 */
export function parseYamlBlock(text: string, firstLine: number, blockRange: SourceRange): ParsedYaml {
  const quick = quickValue(text);
  if (!quick) return parseWithPositions(text, firstLine, blockRange);
  return knownYamlBlock(quick.value, text, firstLine, blockRange);
}

/**
 * The block of YAML text whose value is already known (read quickly, or remembered from an earlier run of
 * the same text, which parsed without problems): positions are worked out from the text when first asked for.
 */
export function knownYamlBlock(value: unknown, text: string, firstLine: number, blockRange: SourceRange): ParsedYaml {
  let fields: ReadonlyMap<string, FieldLocation> | undefined;
  const block: YamlBlock = {
    raw: value,
    get fields() {
      return (fields ??= parseWithPositions(text, firstLine, blockRange).block.fields);
    },
    range: blockRange,
  };
  return { block, problems: [] };
}

/**
 * The plain value of simple YAML, read by js-yaml, which is about eight times as fast as the CST parser:
 * frontmatter is most of the YAML a lint run reads, and positions are needed only where something is
 * reported, so they are worked out then. Undefined sends the text the careful way, so that every error
 * message and position comes from the CST parser: anything js-yaml rejects, and what the two read
 * differently (checked by fuzzing the sample playbook's frontmatter with some 100,000 edits).
 */
function quickValue(text: string): { value: unknown } | undefined {
  if (needsCarefulParse(text)) return undefined;
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

/**
 * What the two parsers read differently, or what only the CST parser rejects: anchors and aliases (whose
 * expansion must be capped), tags, directives, `0b` numbers, `1e3` floats, signed `-.5`, `+0x7` and `-0o7` (numbers to one
 * parser, text to the other), explicit `?` keys, flow
 * collections used as keys or left open past their line, quoted scalars that go on past their line, brackets inside plain scalars,
 * empty keys in flow collections, and comments glued to a closing bracket or quote.
 */
function needsCarefulParse(text: string): boolean {
  if (/[&*!%]|,\s*:|\b0b[01]|\d[eE][-+]?\d|[-+](?:\.\d|0[oxOX])|(?:^|[\s,[{])\?(?:[\s,\]}]|$)/m.test(text)) return true;
  let depth = 0;
  let quote: string | undefined;
  // Whether a value may start here: a quote or bracket there opens a quoted scalar or flow collection,
  // while elsewhere (`customer's`) it is part of a plain scalar.
  let valueStart = true;
  let lineStart = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char === '\n') {
      if (depth > 0 || quote) return true;
      valueStart = true;
      lineStart = true;
      continue;
    }
    // A flow collection that opens a line is a key, which the two parsers turn into text differently.
    if (lineStart && (char === '[' || char === '{')) return true;
    if (char !== ' ' && char !== '\t') lineStart = false;
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === "'" && quote === "'" && next === "'") index++;
      else if (char === quote) {
        if (next === '#') return true;
        quote = undefined;
      }
    } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1]!))) {
      const end = text.indexOf('\n', index);
      index = (end === -1 ? text.length : end) - 1;
    } else if (char === '#' && depth > 0) {
      return true;
    } else if ((char === '"' || char === "'") && valueStart) {
      quote = char;
    } else if (char === '[' || char === '{') {
      if (!valueStart) return true;
      depth++;
    } else if (char === ']' || char === '}') {
      if (depth === 0 || next === '#' || (depth === 1 && /^\s*:/.test(text.slice(index + 1, index + 4)))) return true;
      depth--;
    } else if (char === ':' && depth > 0 && /[{,]\s*$/.test(text.slice(Math.max(0, index - 3), index))) {
      return true;
    } else if ((char === ',' && depth > 0) || (char === ':' && (next === ' ' || next === '\n' || next === undefined))) {
      valueStart = true;
    } else if (char !== ' ' && char !== '\t' && !(char === '-' && valueStart && next === ' ')) {
      valueStart = false;
    }
  }
  return false;
}

/**
 * YAML nested thousands of levels deep (`[[[[…` or block lists indented level after level) exhausts the stack of the
 * `yaml` parser, which reads a collection inside another by recursion: one problem at the block, never a crash.
 */
function parseWithPositions(text: string, firstLine: number, blockRange: SourceRange): ParsedYaml {
  const tooDeep = (): ParsedYaml => ({
    block: { raw: undefined, fields: new Map(), range: blockRange },
    problems: [
      {
        kind: 'yaml',
        field: '',
        line: blockRange.line,
        column: blockRange.column,
        message: 'YAML is nested too deep to read (thousands of levels); write the values out with less nesting',
      },
    ],
  });
  try {
    const parsed = parseNested(text, firstLine, blockRange);
    return parsed.problems.some((problem) => isStackOverflow(problem.message)) ? tooDeep() : parsed;
  } catch (error) {
    if (isStackOverflow(error)) return tooDeep();
    throw error;
  }
}

function parseNested(text: string, firstLine: number, blockRange: SourceRange): ParsedYaml {
  // The parser's own duplicate-key check compares each key with every earlier one (quadratic on a
  // mapping of many keys); keys are checked below with a set instead, with the parser's message.
  // `logLevel: 'error'`: the parser's warnings (such as collection keys being stringified) would go to the
  // process's stderr from the pure core; what matters is reported as a problem instead.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  // Lines counted from the text itself: the parser's LineCounter misses line breaks inside tokens it
  // gives up on (`*a...` then a directive), which put positions past the end of their line.
  const lineOf = lineIndex(text);
  const place = (offset: number): { line: number; column: number } => {
    const { line, column } = lineOf(offset);
    return { line: line - 1 + firstLine, column };
  };
  const rangeOf = (range: readonly [number, number, number] | null | undefined): SourceRange => {
    if (!range) return { ...blockRange };
    const start = place(range[0]);
    const end = place(range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };

  const problems: ContentProblem[] = document.errors.map((error) => {
    const start = place(error.pos[0]);
    return {
      kind: 'yaml',
      field: '',
      line: start.line,
      column: start.column,
      message: `YAML does not parse: ${firstSentence(error.message)}`,
    };
  });

  const fields = new Map<string, FieldLocation>();
  const visit = (node: Node | null | undefined, path: string): void => {
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const fieldPath = path ? `${path}.${key}` : key;
        const keyRange = rangeOf((pair.key as Node | null)?.range);
        const identity = isScalar(pair.key) ? pair.key.value : pair.key;
        if (keys.has(identity)) {
          problems.push({
            kind: 'yaml',
            field: '',
            line: keyRange.line,
            column: keyRange.column,
            message: 'YAML does not parse: Map keys must be unique',
          });
        }
        keys.add(identity);
        const valueNode = pair.value as Node | null;
        fields.set(fieldPath, { key: keyRange, value: valueNode ? rangeOf(valueNode.range) : keyRange });
        visit(valueNode, fieldPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const fieldPath = `${path}.${index}`;
        const range = rangeOf((item as Node | null)?.range);
        fields.set(fieldPath, { key: range, value: range });
        visit(item as Node, fieldPath);
      });
    }
  };
  visit(document.contents, '');

  const raw = problems.length > 0 ? undefined : toValue(document, blockRange, problems);
  return { block: { raw, fields, range: blockRange }, problems };
}

/** The YAML as plain values; aliases that expand past 100 (a "billion laughs" block) become a problem, not a crash. */
function toValue(document: ReturnType<typeof parseDocument>, blockRange: SourceRange, problems: ContentProblem[]): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? firstSentence(error.message) : String(error);
    problems.push({
      kind: 'yaml',
      field: '',
      line: blockRange.line,
      column: blockRange.column,
      message: `YAML cannot be read: ${reason}; write the values out instead of repeating aliases (\`*name\`)`,
    });
    return undefined;
  }
}

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}
