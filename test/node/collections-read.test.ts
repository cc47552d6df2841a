import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectReadsCollections } from '../../src/node/collections-read.ts';
import { repoRoot } from '../site/harness.ts';

function project(files: Record<string, string>): string {
  const source = mkdtempSync(path.join(os.tmpdir(), 'sop-collections-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    writeFileSync(path.join(source, file), text);
  }
  return source;
}

describe('whether the project reads the content collections', () => {
  it('says no for this package, whose pages take the playbook sop build loaded', () => {
    expect(projectReadsCollections(path.join(repoRoot, 'src'))).toBe(false);
  });

  it('says yes once a custom page, component or script imports astro:content', () => {
    const declaration = { 'content.config.ts': "import { defineCollection } from 'astro:content';\n" };
    expect(projectReadsCollections(project(declaration))).toBe(false);
    for (const [file, text] of [
      ['pages/handbook.astro', "---\nimport { getCollection } from 'astro:content';\nconst sops = await getCollection('sops');\n---\n"],
      ['components/Latest.astro', '---\nimport { getEntry } from "astro:content";\n---\n'],
      ['site/lazy.ts', "export const load = () => import('astro:content');\n"],
    ]) {
      expect(projectReadsCollections(project({ ...declaration, [file!]: text! })), file).toBe(true);
    }
  });

  it('does not take a mention in a comment or text for an import', () => {
    const source = project({ 'pages/about.md': 'Our pages do not use `astro:content` collections.\n', 'a.ts': '// astro:content\n' });
    expect(projectReadsCollections(source)).toBe(false);
  });
});
