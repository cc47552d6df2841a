// Props of the components an SOP may use with no import: one definition for lint (`component-props`),
// the site's renderer and the editor types (schemas/components.d.ts). JSX props arrive as strings, or
// `true` for a bare attribute such as `<Tab channel>`, so every schema here takes strings.
import { z } from './zod.ts';
import { idSchema, nonEmptyStringSchema } from './primitives.ts';

export const calloutKinds = ['note', 'tip', 'warning', 'danger'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

const text = z.string({ error: 'must be text in quotes' }).trim().min(1, { error: 'must not be empty' });
/** A file in the playbook's assets, written relative to the SOP (`../assets/refund-modal.png`) or from the site root. */
const assetPath = z
  .string({ error: 'must be a path in quotes' })
  .min(1, { error: 'must not be empty' })
  .refine((value) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value), {
    error:
      'must be a file in the playbook (such as `../assets/refund-modal.png`), not a web address: the site loads nothing from other sites',
  });

/** `x,y,width,height` in percent of the image: the box drawn around what the rep should look at. */
const highlightPattern = /^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/;

const calloutPropsSchema = z.strictObject({
  kind: z.enum(calloutKinds, { error: `must be one of ${calloutKinds.map((kind) => `\`${kind}\``).join(', ')}` }),
  title: text.optional(),
});

const screenshotPropsSchema = z.strictObject({
  src: assetPath,
  alt: nonEmptyStringSchema.meta({ description: 'What the screenshot shows, for reps who cannot see it' }),
  caption: text.optional(),
  highlight: z
    .string()
    .regex(highlightPattern, { error: 'must be `x,y,width,height` in percent of the image, such as `10,20,30,15`' })
    .refine(
      // zod runs this check after a failed `regex` too; a value that is not four numbers is the regex's finding.
      (value) => {
        const box = parseHighlight(value);
        return !box || (box.width > 0 && box.height > 0 && box.x + box.width <= 100 && box.y + box.height <= 100);
      },
      { error: 'must be a box inside the image: width and height above 0, x + width and y + height at most 100' },
    )
    .optional(),
});

const macroPropsSchema = z.strictObject({ id: idSchema });

const tabsPropsSchema = z.strictObject({});

const tabPropsSchema = z.strictObject({ channel: z.string({ error: 'must be a channel id in quotes, such as `email`' }).min(1) });

const videoPropsSchema = z.strictObject({
  src: assetPath,
  title: text,
  captions: assetPath.optional(),
});

export const componentSchemas = {
  Callout: calloutPropsSchema,
  Macro: macroPropsSchema,
  Screenshot: screenshotPropsSchema,
  Tab: tabPropsSchema,
  Tabs: tabsPropsSchema,
  Video: videoPropsSchema,
} as const;

export type ComponentName = keyof typeof componentSchemas;
export const componentNames = Object.keys(componentSchemas) as ComponentName[];

export type CalloutProps = z.infer<typeof calloutPropsSchema>;
export type ScreenshotProps = z.infer<typeof screenshotPropsSchema>;
export type MacroProps = z.infer<typeof macroPropsSchema>;
export type TabProps = z.infer<typeof tabPropsSchema>;
export type VideoProps = z.infer<typeof videoPropsSchema>;

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(componentSchemas, name);
}

/** The box of a valid `highlight`, in percent. */
export function parseHighlight(value: string): { x: number; y: number; width: number; height: number } | undefined {
  const match = highlightPattern.exec(value);
  if (!match) return undefined;
  const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
  return { x, y, width, height };
}
