// The SOPs' AI views (Markdown twins, JSON API, llms-full.txt) kept between builds: a view is made from the SOP's parsed
// body, and llms-full.txt needs every SOP's, so without this one edited SOP would have the whole playbook parsed again.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import settings from 'virtual:sop-playbook/site';
import type { AiSop, AiViewMemo } from '../core/ai/sop-view.ts';
import { pageKeys } from './page-keys.ts';
import type { Site } from './site-data.ts';

interface CacheFile {
  code: string;
  views: Record<string, AiSop>;
}

function readCache(file: string, code: string): Record<string, AiSop> {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cache.code === code ? cache.views : {};
  } catch {
    return {};
  }
}

/**
 * A memo of views keyed on the SOP's page key (src/site/page-keys.ts: its text and all it shows of other files) and the
 * site's address, under the hash of the code; `save` keeps this build's views only. Undefined without a cache folder (dev).
 */
export function aiViewCache(site: Site, siteUrl: string | undefined): { memo: AiViewMemo; save(): void } | undefined {
  const where = settings.aiViewCache;
  if (!where) return undefined;
  const known = readCache(where.file, where.code);
  const used: Record<string, AiSop> = {};
  let added = 0;
  const keyOf = (sop: Parameters<AiViewMemo['get']>[0]) =>
    createHash('sha1')
      .update(`ai-view 1\0${pageKeys(site).sop(sop)}\0${siteUrl ?? ''}`)
      .digest('hex');
  return {
    memo: {
      get: (sop) => {
        const key = keyOf(sop);
        const view = known[key];
        if (view) used[key] = view;
        return view;
      },
      set: (sop, view) => {
        used[keyOf(sop)] = view;
        added++;
      },
    },
    save: () => {
      if (added === 0 && Object.keys(used).length === Object.keys(known).length) return;
      mkdirSync(path.dirname(where.file), { recursive: true });
      const temporary = `${where.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ code: where.code, views: used } satisfies CacheFile));
      renameSync(temporary, where.file);
    },
  };
}
