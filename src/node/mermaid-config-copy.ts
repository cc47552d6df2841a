// Build-time speed-up for Mermaid in the render page: its `getConfig` copies the whole configuration (every
// diagram type's defaults, ~23 KB) with a generic deep merge that defines each property one at a time, and
// Mermaid calls it for every label it measures: 40% of the page's CPU. The same copy made with plain
// assignments gives the same objects, so the same SVGs, in a fraction of the time.

/**
 * Browser code, as text because it is spliced into Mermaid's own chunk. `sopConfigCopy(config, merge)`
 * returns what Mermaid's `assignWithDepth({}, config)` (depth 2) does: values copied two levels deep,
 * objects below that shallow-copied, arrays copied without repeats, `null`s left out. A key that
 * `Object.prototype` also has (`constructor` …) takes Mermaid's own path, `merge`, whose handling of it differs.
 */
export const configCopySource = `function sopConfigCopy(config, merge) {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return merge({}, config);
  const unique = (list) => {
    const kept = [];
    list.forEach((item) => kept.includes(item) || kept.push(item));
    return kept;
  };
  const copy = {};
  for (const key of Object.keys(config)) {
    if (key in Object.prototype) return merge({}, config);
    const value = config[key];
    if (typeof value !== 'object') { copy[key] = value; continue; }
    if (value === null) continue;
    if (Array.isArray(value)) { copy[key] = unique(value); continue; }
    const inner = {};
    for (const innerKey of Object.keys(value)) {
      if (innerKey in Object.prototype) return merge({}, config);
      const item = value[innerKey];
      if (typeof item !== 'object') inner[innerKey] = item;
      else if (item !== null) inner[innerKey] = Array.isArray(item) ? unique(item) : Object.assign({}, item);
    }
    copy[key] = inner;
  }
  return copy;
}`;

/** `getConfig=a(()=>U({},oi),"getConfig")` in Mermaid's minified build: the names differ from build to build. */
const getConfigDefinition = /([\w$]+)=([\w$]+)\(\(\)=>([\w$]+)\(\{\},([\w$]+)\),"getConfig"\)/;

/**
 * A chunk of Mermaid's build with `getConfig` (and the other copies of a configuration into an empty object) using
 * `sopConfigCopy`; any other text, or a build whose `getConfig` reads differently, is returned as it was (drawing is
 * then slower, never different).
 */
export function withFasterConfigCopy(text: string): string {
  const match = getConfigDefinition.exec(text);
  if (!match || !text.includes('"assignWithDepth"')) return text;
  const merge = match[3]!;
  // Every copy into a fresh object (`getConfig`, and the site configuration copied on each render), not merges into one.
  const copies = new RegExp(`(?<![\\w$.])${merge.replaceAll('$', '\\$')}\\(\\{\\},([\\w$]+)\\)`, 'g');
  return `${text.replace(copies, (_, config: string) => `sopConfigCopy(${config},${merge})`)}\n${configCopySource}\n`;
}
