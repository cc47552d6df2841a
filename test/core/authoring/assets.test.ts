import { describe, expect, it } from 'vitest';
import { locateAsset, looksLikeAttachment, type AssetLookup } from '../../../src/core/authoring/import/assets.ts';

/** Files as they stand relative to the import folder (`../../static/…` for a Hugo site's static folder). */
function lookup(files: string[], searchFolders: string[] = ['../../static', '../..']): AssetLookup {
  return { searchFolders, exists: (path) => files.includes(path) };
}

describe('finding an imported document’s images', () => {
  it('looks in the document’s folder first for a relative URL', () => {
    expect(locateAsset('img/a.png', 'billing/refunds.md', lookup(['billing/img/a.png', 'img/a.png']))).toEqual({
      from: 'billing/img/a.png',
      to: 'content/assets/billing/img/a.png',
      url: '../assets/billing/img/a.png',
    });
  });

  it('falls back to the import folder, then a static folder above it, keeping the path inside it', () => {
    expect(locateAsset('img/a.png', 'billing/refunds.md', lookup(['img/a.png']))?.from).toBe('img/a.png');
    expect(locateAsset('/images/support/x.png', 'a.md', lookup(['../../static/images/support/x.png']))).toEqual({
      from: '../../static/images/support/x.png',
      to: 'content/assets/images/support/x.png',
      url: '../assets/images/support/x.png',
    });
    expect(locateAsset('static/images/y.png', 'a.md', lookup(['../../static/images/y.png']))?.to).toBe(
      'content/assets/static/images/y.png',
    );
  });

  it('decodes the URL, drops its query and anchor, and makes odd file names safe', () => {
    expect(locateAsset('Screen%20Shot.png?raw=1#x', 'a.md', lookup(['Screen Shot.png']))).toEqual({
      from: 'Screen Shot.png',
      to: 'content/assets/Screen-Shot.png',
      url: '../assets/Screen-Shot.png',
    });
  });

  it('finds nothing for a file that is nowhere, or a path that climbs out of every folder', () => {
    expect(locateAsset('/images/gone.png', 'a.md', lookup([]))).toBeUndefined();
    expect(locateAsset('../../../etc/passwd.png', 'a.md', lookup(['../../../etc/passwd.png']))).toBeUndefined();
  });

  it('tells attachments from pages', () => {
    expect(['a.pdf', 'b.PNG', 'c.xlsx?x=1'].map(looksLikeAttachment)).toEqual([true, true, true]);
    expect(['a.md', 'b.html', 'folder/', 'page'].map(looksLikeAttachment)).toEqual([false, false, false, false]);
  });
});
