// Every content schema, in one place for the loader, the CLI, Astro's collections and the JSON Schema generator.
export * from './primitives.ts';
export * from './duration.ts';
export * from './ai.ts';
export * from './playbook.ts';
export * from './team.ts';
export * from './sop.ts';
export * from './macro.ts';
