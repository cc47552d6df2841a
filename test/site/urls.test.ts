import { describe, expect, it } from 'vitest';
import { resolveContentLink, withBase } from '../../src/site/urls.ts';

describe('links as authors write them', () => {
  it('turn relative links to content files into their pages, as broken-link resolves them', () => {
    expect(resolveContentLink('other.mdx', '/', 'sop')).toBe('/sops/other/');
    expect(resolveContentLink('./other.mdx#edge-cases', '/', 'sop')).toBe('/sops/other/#edge-cases');
    expect(resolveContentLink('../macros/refund-approved.md', '/', 'sop')).toBe('/macros/refund-approved/');
    expect(resolveContentLink('../sops/refunds.mdx', '/', 'macro')).toBe('/sops/refunds/');
    expect(resolveContentLink('../../content/sops/x.md', '/playbook/', 'sop')).toBe('/playbook/sops/x/');
  });

  it('put the base path before site paths and leave other links alone', () => {
    expect(resolveContentLink('/sops/refunds/#steps', '/playbook/', 'sop')).toBe('/playbook/sops/refunds/#steps');
    expect(resolveContentLink('https://example.com/guide.md', '/playbook/', 'sop')).toBe('https://example.com/guide.md');
    expect(resolveContentLink('#steps', '/playbook/', 'sop')).toBe('#steps');
    expect(withBase('/playbook/', '/macros/')).toBe('/playbook/macros/');
  });
});
