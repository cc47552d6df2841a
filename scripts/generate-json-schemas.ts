// Writes schemas/*.schema.json from the zod schemas, for editors that validate frontmatter while people type.
// `npm run schemas` rewrites them; a test fails when they are out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles } from '../schemas/json-schema.ts';
import { componentTypesDeclaration } from '../schemas/component-types.ts';

const folder = path.resolve(import.meta.dirname, '../schemas');
for (const [name, schema] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(path.join(folder, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
writeFileSync(path.join(folder, 'components.d.ts'), componentTypesDeclaration());
console.log('wrote schemas/components.d.ts');
