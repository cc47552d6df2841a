// `SOP_BASE` and `SOP_SITE` checked before a build: kept apart from the Astro configuration, which loads Astro.

/** A path segment of a base path: letters, digits and `-_.~`, not starting with a dot (no `..`). */
const basePattern = /^\/(?:[\w~-][\w.~-]*\/)*(?:[\w~-][\w.~-]*)?$/;

/**
 * Why the site cannot be built with this `SOP_BASE` or `SOP_SITE`, or undefined. Checked before the build, which
 * otherwise failed deep inside Astro ('Missing parameter: id', ENOTEMPTY) or linked every page to `//other.host/`.
 */
export function siteAddressProblem(base: string | undefined, site: string | undefined): string | undefined {
  if (base && !basePattern.test(base))
    return `SOP_BASE must be a path from the site's root, such as \`/playbook/\` (letters, digits, \`-\`, \`_\`, \`.\`); got \`${base}\``;
  if (site && !/^https?:\/\/[^/\s]+/i.test(site))
    return `SOP_SITE must be the site's web address, such as \`https://support.example.com\`; got \`${site}\``;
  return undefined;
}
