// YAML with field positions: parsed with the `yaml` CST parser so every problem points at its field.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourceRange } from '../diagnostic.ts';
import type { ContentProblem, FieldLocation, YamlBlock } from '../model.ts';

export interface ParsedYaml {
  block: YamlBlock;
  problems: ContentProblem[];
}

/**
 * Parses YAML text that starts at `firstLine` of its file (2 for frontmatter after `---`).
 * YAML 1.2's core schema keeps `2026-11-01` a string, so dates reach zod as written.
 */
export function parseYamlBlock(text: string, firstLine: number, blockRange: SourceRange): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number): { line: number; column: number } => {
    const position = lineCounter.linePos(offset);
    return { line: position.line + firstLine - 1, column: position.col };
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
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const fieldPath = path ? `${path}.${key}` : key;
        const keyRange = rangeOf((pair.key as Node | null)?.range);
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
  visit(document.contents as Node | null, '');

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
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
