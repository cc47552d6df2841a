// Adapter: Mermaid's minified ES build and the diagram script, as the site serves them under `/_sop/` (the browser
// fallback) and as the drawing page loads them at build time.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mermaidDist = path.dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
/** Mermaid's version, part of each drawn diagram's cache key. */
export const mermaidVersion = (JSON.parse(readFileSync(path.join(mermaidDist, '..', 'package.json'), 'utf8')) as { version: string })
  .version;
/** The browser half: Mermaid's settings and the SVG tidy-up, shared with the client fallback. */
export const browserScript = fileURLToPath(new URL('../site/client/diagrams.js', import.meta.url));

const mermaidChunks = 'chunks/mermaid.esm.min';
const mermaidModuleName = new RegExp(`^(?:mermaid\\.esm\\.min|${mermaidChunks.replaceAll('.', '\\.')}/[\\w-]+)\\.js$`);

/**
 * One file of Mermaid's minified ES build as the site serves it (`mermaid.esm.min.js`,
 * `chunks/mermaid.esm.min/<chunk>.js`), or undefined for any other name. Renamed from `.mjs`, with its
 * imports to match, because many static hosts serve `.mjs` with a type browsers refuse for modules.
 */
export async function mermaidModule(name: string): Promise<string | undefined> {
  if (!mermaidModuleName.test(name)) return undefined;
  try {
    const text = await readFile(path.join(mermaidDist, name.replace(/\.js$/, '.mjs')), 'utf8');
    return text.replace(/(["'`])(\.{1,2}\/[^"'`\s]*?)\.mjs\1/g, '$1$2.js$1');
  } catch {
    return undefined;
  }
}

/** Every file `mermaidModule` serves. */
export async function mermaidModuleNames(): Promise<string[]> {
  const chunks = (await readdir(path.join(mermaidDist, mermaidChunks))).filter((file) => file.endsWith('.mjs'));
  return ['mermaid.esm.min.js', ...chunks.map((file) => `${mermaidChunks}/${file.replace(/\.mjs$/, '.js')}`)];
}
