// The SOPs' AI views (Markdown twins, JSON API, llms-full.txt) and the macros' previews (llms.txt) kept between builds: both
// are made from parsed bodies, and the llms files need all of them, so without this one edited SOP has the playbook parsed again.
import type { AiSop, AiViewMemo } from '../core/ai/sop-view.ts';
import { buildMemo, memoKey } from './build-memo.ts';
import { pageKeys } from './page-keys.ts';
import type { Site } from './site-data.ts';

/**
 * Views keyed on the SOP's page key (src/site/page-keys.ts: its text and all it shows of other files) and the site's
 * address; previews on the macro's file. `save` once the publication is made.
 */
export function aiViewCache(site: Site, siteUrl: string | undefined): { memo: AiViewMemo; save(): void } {
  const views = buildMemo<AiSop>('ai-views');
  const previews = buildMemo<string>('reply-previews');
  const keyOf = (sop: Parameters<AiViewMemo['view']>[0]) => memoKey(`ai-view 1\0${pageKeys(site).sop(sop)}\0${siteUrl ?? ''}`);
  const memo: AiViewMemo = {
    view: (sop, make) => views.get(keyOf(sop), make),
    replyPreview: (macro, make) => previews.get(memoKey(macro.document.file.text), () => make(macro)),
  };
  return {
    memo,
    save: () => {
      views.save();
      previews.save();
    },
  };
}
