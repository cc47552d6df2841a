// Small value schemas shared by every content file: ids, dates, versions, durations.
import { z } from './zod.ts';

/** Lowercase kebab-case, as file names and team.yaml ids are written. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(idPattern, { error: 'must be a lowercase kebab-case id such as `refund-authorization`' });

/** A real calendar date written `YYYY-MM-DD` (zod's ISO date checks month lengths and leap years). */
export const isoDateSchema = z.iso.date({ error: 'must be a real date written `YYYY-MM-DD`' });

/** `MAJOR.MINOR.PATCH`, optionally with a pre-release tag, as semver.org defines it. */
const semverPattern =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
export const semverSchema = z.string().regex(semverPattern, { error: 'must be a semantic version `MAJOR.MINOR.PATCH` such as `1.4.0`' });

/** A one-line string: summaries show in search results and lists. */
export const oneLineSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .regex(/^[^\r\n]*$/, { error: 'must fit on one line' });

export const nonEmptyStringSchema = z.string().trim().min(1, { error: 'must not be empty' });
