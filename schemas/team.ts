// `content/team.yaml`: people and teams, the only valid owners and escalation contacts.
import { z } from './zod.ts';
import { idSchema, nonEmptyStringSchema } from './primitives.ts';

const personSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyStringSchema,
  role: z.string().optional(),
  email: z.email({ error: 'must be an email address' }).optional(),
  contact: z.string().optional(),
});

const teamSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyStringSchema,
  lead: idSchema.optional(),
  members: z.array(idSchema).default([]),
  contact: z.string().optional(),
  email: z.email({ error: 'must be an email address' }).optional(),
});

export const teamFileSchema = z.strictObject({
  people: z.array(personSchema).default([]),
  teams: z.array(teamSchema).default([]),
});

export type Person = z.infer<typeof personSchema>;
export type Team = z.infer<typeof teamSchema>;
export type TeamFile = z.infer<typeof teamFileSchema>;
