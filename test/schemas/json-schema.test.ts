import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../schemas/json-schema.ts';
import { componentTypesDeclaration } from '../../schemas/component-types.ts';

const folder = path.resolve(import.meta.dirname, '../../schemas');

describe('generated JSON Schema', () => {
  for (const [name, schema] of Object.entries(jsonSchemaFiles())) {
    it(`schemas/${name} is in sync with the zod schemas (run \`npm run schemas\` after changing them)`, () => {
      const committed = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    });
  }

  it('schemas/components.d.ts is in sync with the component schemas (run `npm run schemas` after changing them)', () => {
    expect(readFileSync(path.join(folder, 'components.d.ts'), 'utf8')).toBe(componentTypesDeclaration());
  });

  it('validates the sample SOP frontmatter the way editors will', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(folder, 'sop.schema.json'), 'utf8')));
    const text = readFileSync(path.resolve(import.meta.dirname, '../../content/sops/refunds-and-credits.mdx'), 'utf8');
    const frontmatter = parse(text.split('---')[1]!);
    expect(validate(frontmatter)).toBe(true);
    expect(validate({ ...frontmatter, reviewd: '2026-01-01' })).toBe(false);
    expect(validate({ ...frontmatter, version: '1.0' })).toBe(false);
  });
});
