// SARIF 2.1.0, as GitHub code scanning accepts it: every rule described once, each finding a result at its place.
import type { Diagnostic, Severity } from '../../diagnostic.ts';
import type { LintResult } from '../engine.ts';
import { rules as registeredRules } from '../registry.ts';
import type { RuleMeta } from '../rule.ts';
import { fromRepositoryRoot, fullMessage } from './summary.ts';

type Level = 'error' | 'warning' | 'none';

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
}

const levelOf = (severity: Severity | 'off'): Level => (severity === 'off' ? 'none' : severity);

/** Rule help links point into the playbook repository's README when the repository's web address is known. */
function descriptor(meta: RuleMeta, repositoryUrl: string | undefined, repositoryPath: string | undefined): ReportingDescriptor {
  const docs = [repositoryPath, meta.docs].filter(Boolean).join('/');
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    ...(repositoryUrl ? { helpUri: `${repositoryUrl}/blob/HEAD/${docs}` } : {}),
    defaultConfiguration: { level: levelOf(meta.defaultSeverity) },
  };
}

/** Segments percent-encoded, slashes kept: SARIF wants a URI reference, and file names may hold spaces. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(diagnostic: Diagnostic) {
  return {
    startLine: diagnostic.line,
    startColumn: diagnostic.column,
    ...(diagnostic.endLine === undefined ? {} : { endLine: diagnostic.endLine }),
    ...(diagnostic.endColumn === undefined ? {} : { endColumn: diagnostic.endColumn }),
  };
}

export interface SarifOptions {
  repositoryPath?: string | undefined;
  /** The playbook repository's web address (`https://github.com/acme/playbook`), for help links. */
  repositoryUrl?: string | undefined;
  /** The rules to describe; the registry's by default. */
  rules?: readonly { meta: RuleMeta }[];
}

export function sarifLog(result: LintResult, options: SarifOptions) {
  const metas = (options.rules ?? registeredRules).map((rule) => rule.meta);
  // A finding under an id the given rules do not declare still needs a descriptor: the registry's, else a bare one.
  for (const diagnostic of result.diagnostics) {
    if (metas.some((meta) => meta.id === diagnostic.ruleId)) continue;
    const registered = registeredRules.find((rule) => rule.meta.id === diagnostic.ruleId);
    metas.push(
      registered?.meta ?? {
        id: diagnostic.ruleId,
        defaultSeverity: diagnostic.severity,
        description: diagnostic.ruleId,
        docs: 'README.md',
      },
    );
  }
  const indexOf = new Map(metas.map((meta, position) => [meta.id, position]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sop-playbook',
            ...(options.repositoryUrl ? { informationUri: options.repositoryUrl } : {}),
            rules: metas.map((meta) => descriptor(meta, options.repositoryUrl, options.repositoryPath)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: result.diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.ruleId,
          ruleIndex: indexOf.get(diagnostic.ruleId)!,
          level: diagnostic.severity,
          message: { text: fullMessage(diagnostic) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(fromRepositoryRoot(diagnostic.file, options.repositoryPath)), uriBaseId: '%SRCROOT%' },
                region: region(diagnostic),
              },
            },
          ],
        })),
      },
    ],
  };
}

export function formatSarif(result: LintResult, options: SarifOptions): string {
  return `${JSON.stringify(sarifLog(result, options), null, 2)}\n`;
}
