// The one zod instance for the whole project. We import `zod` itself rather than `astro/zod`
// so that the CLI and the core never load Astro; `astro/zod` re-exports this same zod 4
// package (npm dedupes it to one copy), so Astro's content collections accept these schemas.
export * as z from 'zod';
