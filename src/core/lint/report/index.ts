// The report formats `sop lint --format` offers; each is a pure function from results to text.
import type { LintResult } from '../engine.ts';
import { formatStylish } from './stylish.ts';

export interface FormatOptions {
  colour: boolean;
  /** Absolute project root, for formats that want absolute paths (ESLint's JSON does). */
  root: string;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;

export const formatters: Record<string, Formatter> = {
  stylish: (result, options) => formatStylish(result, options),
};
