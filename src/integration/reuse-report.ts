// How many pages a build copied from the last one (Astro's incremental build keeps no count): the manifest
// Astro leaves in its cache folder, read before and after the build, compared the way Astro decides.
import { readFileSync, statSync } from 'node:fs';

interface Manifest {
  configHash?: string;
  lockfileHash?: string;
  routes?: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string | number }> }>;
}

/** Where Astro keeps its incremental build manifest (node_modules/astro/dist/core/build/incremental.js). */
const manifestOf = (cacheDir: URL) => new URL('incremental-build.json', cacheDir);

function readManifest(cacheDir: URL): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(manifestOf(cacheDir), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Call before the build: returns what to call after it, which counts the pages whose key and template code the last build had too. */
export function startReuseCount(cacheDir: URL): () => { reused: number; keyed: number } {
  const before = readManifest(cacheDir);
  const writtenAt = () => statSync(manifestOf(cacheDir), { throwIfNoEntry: false })?.mtimeMs;
  const previousWrite = writtenAt();
  return () => {
    // No new manifest: Astro did not build incrementally (the build failed, or the option is off), so nothing was reused.
    const after = writtenAt() === previousWrite ? undefined : readManifest(cacheDir);
    let reused = 0;
    let keyed = 0;
    const sameSettings = before && after && before.configHash === after.configHash && before.lockfileHash === after.lockfileHash;
    for (const [component, route] of Object.entries(after?.routes ?? {})) {
      const previous = sameSettings ? before.routes?.[component] : undefined;
      for (const [pathname, entry] of Object.entries(route.paths)) {
        keyed++;
        if (previous?.dependencyHash === route.dependencyHash && previous.paths[pathname]?.cacheKey === entry.cacheKey) reused++;
      }
    }
    return { reused, keyed };
  };
}
