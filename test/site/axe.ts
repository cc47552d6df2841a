// axe-core run inside a page: every violation as `impact rule: targets`, so a failure says where.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './harness.ts';

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
}

let source: Promise<string> | undefined;

export async function axeViolations(page: Page): Promise<string[]> {
  source ??= readFile(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: await source });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe.run(document),
  );
  return result.violations.map(
    (violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
