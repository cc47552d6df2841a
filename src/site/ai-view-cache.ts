// The SOPs' AI views (Markdown twins, JSON API, llms-full.txt) and the macros' previews (llms.txt) kept between builds: both
// are made from parsed bodies, and the llms files need all of them, so without this one edited SOP has the playbook parsed again.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import settings from 'virtual:sop-playbook/site';
import type { AiSop, AiViewMemo } from '../core/ai/sop-view.ts';
import { pageKeys } from './page-keys.ts';
import type { Site } from './site-data.ts';

interface Kept {
  /** SOP views by a hash of the SOP's page key and the site's address. */
  views: Record<string, AiSop>;
  /** Macros' one-line previews by a hash of the macro's file. */
  previews: Record<string, string>;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

function readCache(file: string, code: string): Kept {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as Kept & { code: string };
    if (cache.code === code) return { views: cache.views, previews: cache.previews };
  } catch {
    // No cache yet, or one left unreadable: start afresh.
  }
  return { views: {}, previews: {} };
}

const sizeOf = (kept: Kept) => Object.keys(kept.views).length + Object.keys(kept.previews).length;

/**
 * A memo of views keyed on the SOP's page key (src/site/page-keys.ts: its text and all it shows of other files) and the
 * site's address, under the hash of the code; `save` keeps this build's entries only. Undefined without a cache folder (dev).
 */
export function aiViewCache(site: Site, siteUrl: string | undefined): { memo: AiViewMemo; save(): void } | undefined {
  const where = settings.aiViewCache;
  if (!where) return undefined;
  const known = readCache(where.file, where.code);
  const used: Kept = { views: {}, previews: {} };
  let added = 0;
  const keyOf = (sop: Parameters<AiViewMemo['get']>[0]) => sha1(`ai-view 1\0${pageKeys(site).sop(sop)}\0${siteUrl ?? ''}`);
  const memo: AiViewMemo = {
    get: (sop) => {
      const key = keyOf(sop);
      const view = known.views[key];
      if (view) used.views[key] = view;
      return view;
    },
    set: (sop, view) => {
      used.views[keyOf(sop)] = view;
      added++;
    },
    replyPreview: (macro, make) => {
      const key = sha1(macro.document.file.text);
      let preview = known.previews[key];
      if (preview === undefined) {
        preview = make(macro);
        added++;
      }
      used.previews[key] = preview;
      return preview;
    },
  };
  const save = () => {
    if (added === 0 && sizeOf(used) === sizeOf(known)) return;
    mkdirSync(path.dirname(where.file), { recursive: true });
    const temporary = `${where.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ code: where.code, ...used }));
    renameSync(temporary, where.file);
  };
  return { memo, save };
}
