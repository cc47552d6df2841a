import { describe, expect, it } from 'vitest';
import { resolveContentLink } from '../../src/core/links.ts';
import { withBase } from '../../src/core/routes.ts';

describe('links as authors write them', () => {
  it('turn relative links to content files into their pages, as broken-link resolves them', () => {
    expect(resolveContentLink('other.mdx', '/', 'sop')).toBe('/sops/other/');
    expect(resolveContentLink('./other.mdx#edge-cases', '/', 'sop')).toBe('/sops/other/#edge-cases');
    expect(resolveContentLink('../macros/refund-approved.md', '/', 'sop')).toBe('/macros/refund-approved/');
    expect(resolveContentLink('../sops/refunds.mdx', '/', 'macro')).toBe('/sops/refunds/');
    expect(resolveContentLink('../../content/sops/x.md', '/playbook/', 'sop')).toBe('/playbook/sops/x/');
  });

  it('point images and links into the assets folder at the published /assets/', () => {
    expect(resolveContentLink('../assets/refunds/form.png', '/playbook/', 'sop')).toBe('/playbook/assets/refunds/form.png');
    expect(resolveContentLink('../assets/guide.pdf#page=2', '/', 'macro')).toBe('/assets/guide.pdf#page=2');
    expect(resolveContentLink('images/form.png', '/', 'sop')).toBe('images/form.png');
  });

  it('put the base path before site paths and leave other links alone', () => {
    expect(resolveContentLink('/sops/refunds/#steps', '/playbook/', 'sop')).toBe('/playbook/sops/refunds/#steps');
    expect(resolveContentLink('https://example.com/guide.md', '/playbook/', 'sop')).toBe('https://example.com/guide.md');
    expect(resolveContentLink('#steps', '/playbook/', 'sop')).toBe('#steps');
    expect(withBase('/playbook/', '/macros/')).toBe('/playbook/macros/');
  });
});

describe('mermaid blocks on the site', () => {
  it('draws a ```Mermaid block as a diagram, as invalid-diagram validates it, whatever the case', async () => {
    const { parseBody } = await import('../../src/core/load/markdown.ts');
    const { renderBody } = await import('../../src/site/render-body.ts');
    const drawn: string[] = [];
    const { tree } = parseBody('```Mermaid\nflowchart LR\n  A --> B\n```\n', 'md');
    const { html } = renderBody(tree, {
      base: '/',
      kind: 'sop',
      renderDiagram: (source) => (drawn.push(source), '<figure>drawn</figure>'),
    });
    expect(drawn).toEqual(['flowchart LR\n  A --> B']);
    expect(html).toBe('<figure>drawn</figure>');
  });
});
