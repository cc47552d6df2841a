// The report formats `sop lint --format` offers; each is a pure function from results to text.
import type { LintResult } from '../engine.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatSarif } from './sarif.ts';
import { formatStylish } from './stylish.ts';

interface FormatOptions {
  colour: boolean;
  /** Absolute project root, for formats that want absolute paths (ESLint's JSON does). */
  root: string;
  /**
   * The project root's path inside its git repository (`docs/playbook`; empty or undefined at the top):
   * GitHub annotations and code scanning name files from the repository root.
   */
  repositoryPath?: string | undefined;
  /** The repository's web address, when known (in GitHub Actions), for SARIF rule help links. */
  repositoryUrl?: string | undefined;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;

export const formatters: Record<string, Formatter> = {
  stylish: (result, options) => formatStylish(result, options),
  json: (result, options) => formatJson(result, options),
  github: (result, options) => formatGithub(result, options),
  sarif: (result, options) => formatSarif(result, options),
};
