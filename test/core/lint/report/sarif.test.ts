import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/core/lint/registry.ts';
import { formatSarif, sarifLog } from '../../../../src/core/lint/report/sarif.ts';
import { sampleResult, sampleRules } from './sample-result.ts';

/** The official SARIF 2.1.0 schema (OASIS final, "rtm.5"), as shipped by Microsoft's jest-sarif package. */
function sarifValidator() {
  const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const {
    $schema: _draft,
    id,
    ...schema
  } = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $schema: string; id: string } & Record<string, unknown>;
  // The schema is written in draft-04, whose only difference that matters here is `id` for `$id`.
  // One of its patterns (`language`) is not valid with the `u` flag that Ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ ...schema, $id: id });
}

describe('the sarif format', () => {
  const validate = sarifValidator();

  it('matches its golden file', async () => {
    await expect(
      formatSarif(sampleResult, { repositoryPath: 'support', repositoryUrl: 'https://github.com/acme/playbook', rules: sampleRules }),
    ).toMatchFileSnapshot('./golden/sample.sarif.json');
  });

  it('is valid against the SARIF 2.1.0 schema, with the registered rules', () => {
    const log = JSON.parse(formatSarif(sampleResult, { repositoryPath: 'support' })) as unknown;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects what code scanning would reject, so the schema check is no formality', () => {
    const log = sarifLog(sampleResult, {}) as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes every registered rule with a description, help link and default level', () => {
    const driver = sarifLog({ files: [], diagnostics: [] }, { repositoryUrl: 'https://github.com/acme/playbook' }).runs[0]!.tool.driver;
    expect(driver.name).toBe('sop-playbook');
    expect(driver.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).not.toBe('');
      expect(URL.canParse(rule.helpUri!)).toBe(true);
      expect(rule.helpUri).toBe(`https://github.com/acme/playbook/blob/HEAD/README.md#${rule.id}`);
      expect(['error', 'warning', 'none']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('points each result at its rule and at its file from the repository root', () => {
    const run = sarifLog(sampleResult, { repositoryPath: 'support', rules: sampleRules }).runs[0]!;
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results[1]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'support/content/sops/fees%2C%2050%25%20off.mdx', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 8, endLine: 3, endColumn: 1 },
    });
  });
});
