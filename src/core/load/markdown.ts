// Parses an SOP or macro body once into mdast with file positions; every rule and page shares that tree.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourceRange } from '../diagnostic.ts';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx).freeze();

export interface ParsedBody {
  tree: Root;
  syntaxError: (SourceRange & { message: string }) | undefined;
}

/** MDX is parsed as MDX; when it does not parse, the error is kept and the file is read as Markdown so other rules still run. */
export function parseBody(text: string, format: 'md' | 'mdx'): ParsedBody {
  if (format === 'md') return { tree: markdownParser.parse(text), syntaxError: undefined };
  try {
    return { tree: mdxParser.parse(text), syntaxError: undefined };
  } catch (error) {
    return { tree: markdownParser.parse(text), syntaxError: describeSyntaxError(error) };
  }
}

function describeSyntaxError(error: unknown): SourceRange & { message: string } {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const point = place && 'start' in place && place.start ? place.start : place;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  return {
    line: point?.line ?? 1,
    column: point?.column ?? 1,
    message: `MDX does not parse: ${reason.replace(/\.$/, '')}`,
  };
}
