// JSON Schema for editors, generated from the same zod schemas the loader uses (one source of truth).
import { z } from './zod.ts';
import { macroFrontmatterSchema } from './macro.ts';
import { playbookConfigSchema } from './playbook.ts';
import { sopFrontmatterSchema } from './sop.ts';
import { teamFileSchema } from './team.ts';
import { componentSchemas } from './components.ts';

const documents = {
  'sop.schema.json': { schema: sopFrontmatterSchema, title: 'SOP frontmatter (content/sops/<id>.mdx)' },
  'macro.schema.json': { schema: macroFrontmatterSchema, title: 'Macro frontmatter (content/macros/<id>.md)' },
  'playbook.schema.json': { schema: playbookConfigSchema, title: 'Playbook policy (content/playbook.yaml)' },
  'team.schema.json': { schema: teamFileSchema, title: 'People and teams (content/team.yaml)' },
  'components.schema.json': {
    schema: z.strictObject(componentSchemas).partial(),
    title: 'Props of the components an SOP may use with no import (<Callout>, <Screenshot>, <Macro>, <Tabs>/<Tab>, <Video>)',
  },
} as const;

export function jsonSchemaFiles(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(documents).map(([name, { schema, title }]) => [
      name,
      // `input`: what people write (defaults make fields optional), not what the loader hands on.
      { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title },
    ]),
  );
}
