// The layers of CONTRIBUTING.md, checked: who may import whom, no cycle between the adapters, and no
// state passed through globals on the site's path.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');
const src = path.join(repoRoot, 'src');

type Layer = 'core' | 'node' | 'site' | 'pages' | 'integration' | 'cli' | 'styles' | 'schemas' | 'other';

/** A file's layer from its folder; pages, components and layouts are Astro's side of the site. */
function layerOf(file: string): Layer {
  const relative = path.relative(repoRoot, file).split(path.sep).join('/');
  if (relative.startsWith('schemas/')) return 'schemas';
  const [top, folder] = relative.split('/');
  if (top !== 'src') return 'other';
  if (folder === 'pages' || folder === 'components' || folder === 'layouts') return 'pages';
  // Astro's content collections are wiring, like the integration whose loader they use.
  if (folder === 'content.config.ts') return 'integration';
  if (folder === 'core' || folder === 'node' || folder === 'site' || folder === 'integration' || folder === 'cli' || folder === 'styles')
    return folder;
  return 'other';
}

/** What each layer may import, besides npm packages and itself. */
const allowed: Record<Layer, readonly Layer[]> = {
  schemas: [],
  core: ['schemas'],
  node: ['core', 'schemas'],
  site: ['core', 'node', 'schemas'],
  pages: ['site', 'core', 'node', 'schemas', 'styles'],
  integration: ['site', 'core', 'node', 'schemas'],
  cli: ['integration', 'core', 'node', 'schemas'],
  styles: [],
  other: [],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** Relative imports of a file, resolved to paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)]
    .map((match) => match[1]!)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier));
}

const files = [...sourceFiles(src), ...sourceFiles(path.join(repoRoot, 'schemas'))];
const edges = files.flatMap((file) => importsOf(file).map((target) => ({ from: file, to: target })));
const shown = (file: string) => path.relative(repoRoot, file);

describe('the layers', () => {
  it('finds imports to check, so the rules below are not vacuous', () => {
    expect(edges.filter(({ from, to }) => layerOf(from) === 'site' && layerOf(to) === 'core').length).toBeGreaterThan(5);
  });

  it('imports only downwards: core ← node ← site ← pages; integration and cli around them', () => {
    const wrong = edges
      .filter(({ from, to }) => layerOf(from) !== layerOf(to) && !allowed[layerOf(from)].includes(layerOf(to)))
      .map(({ from, to }) => `${shown(from)} (${layerOf(from)}) imports ${shown(to)} (${layerOf(to)})`);
    expect(wrong).toEqual([]);
  });

  it('keeps the core pure: no Node built-ins, Astro or Vite modules', () => {
    const impure = files
      .filter((file) => layerOf(file) === 'core')
      .filter((file) => /(?:from|import)\s*\(?\s*['"](?:node:|astro|vite|virtual:)/.test(readFileSync(file, 'utf8')))
      .map(shown);
    expect(impure).toEqual([]);
  });

  it('has no import cycle between src/node and src/site', () => {
    const crossing = (a: Layer, b: Layer) => edges.some(({ from, to }) => layerOf(from) === a && layerOf(to) === b);
    expect(crossing('node', 'site') && crossing('site', 'node')).toBe(false);
    expect(crossing('node', 'site')).toBe(false);
  });

  const handoverModule = 'src/site/loaded-playbook.ts';
  /** The exception holds one registry and nothing else of the global object. */
  const handoverStaysNarrow = (text: string) => text.match(/\bglobalThis\b/g)?.length === 1 && /Symbol\.for\('sop-playbook\./.test(text);

  it('passes no state through globals on the site path (site, pages, integration)', () => {
    const offending = files
      .filter((file) => ['site', 'pages', 'integration'].includes(layerOf(file)) && !file.endsWith(`${path.sep}diagrams.js`))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return (
          [/\bglobalThis\b/, /process\.chdir\b/, /process\.env\.SOP_(TODAY|ROOT)\b/]
            .filter((pattern) => pattern.test(text))
            // One exception, with its reason: the playbook `sop build` already parsed reaches the pages and the content
            // loader, which Astro evaluates in a bundle and in Vite's module runner, each with module instances of its own,
            // only through a process-wide registry (keyed by root, today and preview; withdrawn when the build is done).
            .filter((pattern) => !(shown(file) === handoverModule && pattern.source === '\\bglobalThis\\b' && handoverStaysNarrow(text)))
            .map((pattern) => `${shown(file)}: ${pattern.source}`)
        );
      });
    expect(offending).toEqual([]);
  });
});
