// Build-time speed-up for Mermaid in the render page: its `getConfig` copies the whole configuration (every
// diagram type's defaults, ~23 KB) with a generic deep merge that defines each property one at a time, and
// Mermaid calls it for every label it measures: 40% of the page's CPU. The same copy made with plain
// assignments gives the same objects, so the same SVGs, in a fraction of the time; `getConfig` itself
// copies each section only when it is read.

/**
 * Browser code, as text because it is spliced into Mermaid's own chunk. `sopConfigCopy(config, merge)`
 * returns what Mermaid's `assignWithDepth({}, config)` (depth 2) does: values copied two levels deep,
 * objects below that shallow-copied, arrays copied without repeats, `null`s left out. A key that
 * `Object.prototype` also has (`constructor` …) takes Mermaid's own path, `merge`, whose handling of it differs.
 *
 * `sopLazyConfigCopy(config, merge)` is the same copy with each section (`flowchart`, `themeVariables` …) copied
 * when it is first read or replaced when first set, then an ordinary property. Most callers of `getConfig` read a
 * setting or two (`const { handDrawnSeed } = getConfig()`) but paid for copying the 35 sections; some change their
 * copy, so each call still returns a copy of its own. Only for a configuration that is never changed once made,
 * as `getConfig`'s is (Mermaid replaces it whole and hands out only copies): a section copied later must be the one
 * an immediate copy would have made.
 */
export const configCopySource = `function sopConfigCopy(config, merge) {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return merge({}, config);
  const copy = {};
  for (const key of Object.keys(config)) {
    if (key in Object.prototype) return merge({}, config);
    const value = config[key];
    if (typeof value !== 'object') { copy[key] = value; continue; }
    if (value === null) continue;
    if (Array.isArray(value)) { copy[key] = sopUnique(value); continue; }
    const section = sopSectionCopy(value);
    if (!section) return merge({}, config);
    copy[key] = section;
  }
  return copy;
}
function sopUnique(list) {
  const kept = [];
  list.forEach((item) => kept.includes(item) || kept.push(item));
  return kept;
}
/** Undefined for a section with a key that Object.prototype also has. */
function sopSectionCopy(section) {
  const copy = {};
  for (const key of Object.keys(section)) {
    if (key in Object.prototype) return undefined;
    const item = section[key];
    if (typeof item !== 'object') copy[key] = item;
    else if (item !== null) copy[key] = Array.isArray(item) ? sopUnique(item) : Object.assign({}, item);
  }
  return copy;
}
function sopLazyConfigCopy(config, merge) {
  if (!sopCopiesPlainly(config)) return sopConfigCopy(config, merge);
  const copy = {};
  for (const key of Object.keys(config)) {
    const value = config[key];
    if (typeof value !== 'object') copy[key] = value;
    else if (Array.isArray(value)) copy[key] = sopUnique(value);
    else if (value !== null) sopDeferSection(copy, key, value);
  }
  return copy;
}
/** Whether sopConfigCopy would copy \`config\` rather than hand it to \`merge\`; sections are checked once (they never change). */
function sopCopiesPlainly(config) {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return false;
  for (const key of Object.keys(config)) {
    if (key in Object.prototype) return false;
    const value = config[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value) || sopPlainSections.has(value)) continue;
    if (Object.keys(value).some((innerKey) => innerKey in Object.prototype)) return false;
    sopPlainSections.add(value);
  }
  return true;
}
const sopPlainSections = new WeakSet();
function sopDeferSection(copy, key, section) {
  let settled;
  const settle = (value) => {
    settled = { value };
    // A frozen copy keeps the accessor, which keeps answering with the same section.
    try {
      Object.defineProperty(copy, key, { value, writable: true, enumerable: true, configurable: true });
    } catch {}
    return value;
  };
  Object.defineProperty(copy, key, {
    get: () => (settled ? settled.value : settle(sopSectionCopy(section))),
    set: settle,
    enumerable: true,
    configurable: true,
  });
}`;

/** `getConfig=a(()=>U({},oi),"getConfig")` in Mermaid's minified build: the names differ from build to build. */
const getConfigDefinition = /([\w$]+)=([\w$]+)\(\(\)=>([\w$]+)\(\{\},([\w$]+)\),"getConfig"\)/;

/**
 * A chunk of Mermaid's build with `getConfig` using `sopLazyConfigCopy`, and the other copies of a configuration into
 * an empty object `sopConfigCopy`; any other text, or a build whose `getConfig` reads differently, is returned as it
 * was (drawing is then slower, never different).
 */
export function withFasterConfigCopy(text: string): string {
  const match = getConfigDefinition.exec(text);
  if (!match || !text.includes('"assignWithDepth"')) return text;
  const [getConfig, named, merge, current] = [match[1]!, match[2]!, match[3]!, match[4]!];
  const lazy = text.replace(match[0], `${getConfig}=${named}(()=>sopLazyConfigCopy(${current},${merge}),"getConfig")`);
  // Every other copy into a fresh object (the site configuration copied on each render …), not merges into one.
  const copies = new RegExp(`(?<![\\w$.])${merge.replaceAll('$', '\\$')}\\(\\{\\},([\\w$]+)\\)`, 'g');
  // First, so that its `const` is there before the chunk's own code runs: it copies a configuration as it loads.
  return `${configCopySource}\n${lazy.replace(copies, (_, config: string) => `sopConfigCopy(${config},${merge})`)}`;
}
