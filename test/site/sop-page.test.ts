import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './harness.ts';

describe('the built SOP page', () => {
  it('shows the SOP with its owner, version and review dates', async () => {
    const site = await buildSite();
    const html = await readFile(path.join(site.dist, 'sops/refunds-and-credits/index.html'), 'utf8');
    expect(html).toContain('<h1 data-pagefind-weight="10">Refunds and service credits</h1>');
    expect(html).toContain('5.0.2');
    expect(html).toMatch(/Next review<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">/);
  });

  it('does not publish drafts', async () => {
    const site = await buildSite();
    await expect(readFile(path.join(site.dist, 'sops/chargeback-disputes/index.html'), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
