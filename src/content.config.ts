// Content collections: SOPs and macros, validated by the schemas in schemas/ (the one zod instance).
import { defineCollection } from 'astro:content';
import { macroFrontmatterSchema, sopFrontmatterSchema } from '../schemas/index.ts';
import { playbookCollection } from './integration/content-loader.ts';

export const collections = {
  sops: defineCollection({ loader: playbookCollection('sops'), schema: sopFrontmatterSchema }),
  macros: defineCollection({ loader: playbookCollection('macros'), schema: macroFrontmatterSchema }),
};
