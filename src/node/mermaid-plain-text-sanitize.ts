// Build-time speed-up for Mermaid in the render page: DOMPurify, bundled in Mermaid, reads its whole configuration
// again on every call (copies of its allow-lists of tags and attributes), and Mermaid calls it two or three times for
// every label, almost always plain text that DOMPurify then hands back as it is. That answer is given before the
// configuration is read; Mermaid's one call per diagram on the whole SVG still runs as it did.

/**
 * Browser code, as text because it is spliced into DOMPurify's `sanitize`. `sopLeavesUnchanged(dirty, config)` is
 * true when DOMPurify would return `dirty` itself: a string without `<` (DOMPurify's own shortcut, taken after it
 * has read its configuration), with a configuration that asks for a string and sets no trusted-types policy (which
 * DOMPurify checks, and may reject, while reading it).
 */
export const plainTextShortcutSource = `function sopLeavesUnchanged(dirty, config) {
  if (typeof dirty !== 'string' || dirty.includes('<')) return false;
  if (typeof config !== 'object' || config === null) return true;
  return !config.RETURN_DOM && !config.RETURN_DOM_FRAGMENT && !config.SAFE_FOR_TEMPLATES && !config.WHOLE_DOCUMENT &&
    !config.RETURN_TRUSTED_TYPE && !('TRUSTED_TYPES_POLICY' in config);
}`;

/** The start of DOMPurify's minified `sanitize`: the instance, the markup and the configuration (names differ by build). */
const sanitizeStart =
  /([\w$]+)\.sanitize=function\(([\w$]+)\)\{let ([\w$]+)=arguments\.length>1&&arguments\[1\]!==void 0\?arguments\[1\]:\{\}/;

/**
 * A chunk of Mermaid's build whose DOMPurify answers plain text at once; any other text, or a DOMPurify that reads
 * differently, is returned as it was (drawing is then slower, never different). The shortcut sits where DOMPurify
 * has turned an empty or non-string input into markup, and is skipped while a configuration set with `setConfig`
 * is in force (then it, not the call's, decides).
 */
export function withPlainTextShortcut(text: string): string {
  const start = sanitizeStart.exec(text);
  if (!start) return text;
  const [purify, markup, config] = [start[1]!, start[2]!, start[3]!];
  // A little further on: `if(!t.isSupported)return m;` then `SET_CONFIG?(…):_parseConfig(s)`.
  const supported = `if(!${purify}.isSupported)return ${markup};`;
  const at = text.indexOf(supported, start.index);
  const setConfig = at < 0 || at - start.index > 1000 ? undefined : /^([\w$]+)\?\(/.exec(text.slice(at + supported.length))?.[1];
  if (!setConfig) return text;
  const shortcut = `if(!${setConfig}&&sopLeavesUnchanged(${markup},${config}))return ${markup};`;
  return `${plainTextShortcutSource}\n${text.slice(0, at + supported.length)}${shortcut}${text.slice(at + supported.length)}`;
}
