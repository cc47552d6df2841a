// `sop-lint-disable-next-line RULE -- reason` comments: in MDX `{/* … */}`, in Markdown `<!-- … -->`, in frontmatter `# …`.
import type { SourceRange } from '../diagnostic.ts';

export interface DisableDirective extends SourceRange {
  ruleIds: string[];
  reason: string | undefined;
  /** The line the directive silences: the next line that is not blank. */
  targetLine: number;
}

const directivePattern =
  /^\s*(?:\{\s*\/\*|<!--|#)\s*sop-lint-disable-next-line\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s*(?:--\s*(.*?))?\s*(?:\*\/\s*\}|-->)?\s*$/;

export function disableDirectives(text: string): DisableDirective[] {
  if (!text.includes('sop-lint-disable-next-line')) return [];
  const lines = text.split(/\r?\n/);
  const directives: DisableDirective[] = [];
  lines.forEach((lineText, index) => {
    const match = directivePattern.exec(lineText);
    if (!match) return;
    let target = index + 1;
    while (target < lines.length && lines[target]!.trim() === '') target++;
    const reason = match[2]?.trim();
    directives.push({
      line: index + 1,
      column: lineText.indexOf(lineText.trimStart()) + 1,
      endLine: index + 1,
      endColumn: lineText.length + 1,
      ruleIds: match[1]!.split(',').map((rule) => rule.trim()),
      reason: reason ? reason : undefined,
      targetLine: target + 1,
    });
  });
  return directives;
}

/** A comment that opens like a disable comment: what `directivePattern` does not read is said, never silently ignored. */
const directiveOpening = /^\s*(?:\{\s*\/\*|<!--|#)\s*sop-lint-disable/;

/**
 * Disable comments that cannot be read (no rule, an empty rule between commas, `sop-lint-disable-line`), which
 * silence nothing: their line and column.
 */
export function unreadableDirectives(text: string): SourceRange[] {
  if (!text.includes('sop-lint-disable')) return [];
  const unreadable: SourceRange[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (!directiveOpening.test(lineText) || directivePattern.test(lineText)) return;
    unreadable.push({ line: index + 1, column: lineText.indexOf(lineText.trimStart()) + 1 });
  });
  return unreadable;
}
