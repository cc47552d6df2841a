import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/core/load/markdown.ts';
import { renderBody } from '../../src/site/render-body.ts';
import type { ComponentContext } from '../../src/site/render-components.ts';

const context: ComponentContext = {
  macro: (id) =>
    id === 'refund-approved'
      ? {
          title: 'Refund <approved>',
          status: 'active',
          href: '/playbook/macros/refund-approved/',
          replyText: 'Hi {{name}}, <b>done</b>',
          replyHtml: '<p>Hi <mark class="placeholder">{{name}}</mark></p>',
        }
      : undefined,
  asset: (src) => (src === '../assets/a.png' ? { url: '/playbook/assets/a.png', size: { width: 640, height: 360 } } : undefined),
};

const render = (body: string, components: ComponentContext | null = context) =>
  renderBody(parseBody(body, 'mdx').tree, { base: '/playbook/', kind: 'sop', ...(components ? { components } : {}) });

describe('components rendered by the site', () => {
  it('draws a callout as a labelled note, its content rendered as Markdown with links under the base path', () => {
    expect(render('<Callout kind="danger" title="Stop">\n  See [the SOP](/sops/x/) **now**.\n</Callout>').html).toBe(
      '<div class="callout callout-danger" role="note" aria-label="Danger: Stop"><p class="callout-title"><strong>Danger: ' +
        'Stop</strong></p><p>See <a href="/playbook/sops/x/">the SOP</a> <strong>now</strong>.</p></div>',
    );
  });

  it('draws a screenshot with its size, lazy loading, a link to enlarge and the highlight box', () => {
    const { html, uses } = render(
      '<Screenshot src="../assets/a.png" alt="The &quot;Refund&quot; dialog" caption="Cap" highlight="10,20,30,40" />',
    );
    expect(html).toBe(
      '<figure class="screenshot"><a class="screenshot-open" href="/playbook/assets/a.png" data-enlarge=""><span ' +
        'class="screenshot-frame"><img src="/playbook/assets/a.png" alt="The &#x22;Refund&#x22; dialog" width="640" ' +
        'height="360" loading="lazy" decoding="async"><svg class="screenshot-highlight" viewBox="0 0 100 100" ' +
        'preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect x="10" y="20" width="30" height="40" ' +
        'rx="1"></rect></svg></span><span class="visually-hidden"> (open full size)</span></a><figcaption>Cap</figcaption></figure>',
    );
    expect(uses).toEqual({ tabs: false, enlarge: true, copy: false });
  });

  it('shows a macro with its escaped copy text, and only a link with Copy inside a sentence', () => {
    const block = render('<Macro id="refund-approved" />');
    expect(block.html).toContain(
      '<p class="inline-macro-title">Macro: <a href="/playbook/macros/refund-approved/">Refund &#x3C;approved></a></p>',
    );
    expect(block.html).toContain(
      '<textarea class="copy-source" data-copy-source="" hidden readonly aria-label="Reply text of Refund <approved>">Hi ' +
        '{{name}}, &#x3C;b>done&#x3C;/b></textarea>',
    );
    expect(block.html).toContain(
      '<div class="reply-text" data-pagefind-ignore=""><p>Hi <mark class="placeholder">{{name}}</mark></p></div>',
    );
    expect(block.uses.copy).toBe(true);
    const inline = render('Send <Macro id="refund-approved" /> now.').html;
    expect(inline).toMatch(
      new RegExp(
        /^<p>Send <span class="inline-macro inline-macro-ref">/.source +
          /<a href="\/playbook\/macros\/refund-approved\/">Refund &#x3C;approved><\/a> <span class="copy-reply"/.source,
      ),
    );
    expect(inline).not.toContain('reply-text');
  });

  it('draws channel tabs as labelled sections with ids unique on the page', () => {
    const { html, uses } = render(
      '<Tabs>\n  <Tab channel="email">Mail.</Tab>\n  <Tab channel="in-app">App.</Tab>\n</Tabs>\n\n<Tabs>\n' +
        '  <Tab channel="email">Again.</Tab>\n</Tabs>',
    );
    expect(html).toBe(
      '<div class="channel-tabs" data-tabs=""><section class="channel-tab" id="tabs-1-email" data-channel="email" ' +
        'aria-labelledby="tabs-1-email-label"><p class="channel-tab-label" id="tabs-1-email-label">Email</p>Mail.' +
        '</section><section class="channel-tab" id="tabs-1-in-app" data-channel="in-app" ' +
        'aria-labelledby="tabs-1-in-app-label"><p class="channel-tab-label" id="tabs-1-in-app-label">In-app</p>App.' +
        '</section></div>\n<div class="channel-tabs" data-tabs=""><section class="channel-tab" id="tabs-2-email" ' +
        'data-channel="email" aria-labelledby="tabs-2-email-label"><p class="channel-tab-label" ' +
        'id="tabs-2-email-label">Email</p>Again.</section></div>',
    );
    expect(uses.tabs).toBe(true);
  });

  it('keeps only the content of unknown components and of components without their data, and runs nothing', () => {
    expect(render('<Calout kind="note">Kept **text**.</Calout>').html).toBe('<p>Kept <strong>text</strong>.</p>');
    expect(
      render('<Macro id="nope" />\n\n<Screenshot src="../nope.png" alt="x" />\n\n<Video src="https://evil.example/v.mp4" title="t" />')
        .html,
    ).toBe('');
    const expression = render('<Callout kind="tip" title={alert(1)}>\n  Hi\n</Callout>').html;
    expect(expression).toBe(
      '<div class="callout callout-tip" role="note" aria-label="Tip"><p class="callout-title"><strong>Tip</strong></p><p>Hi</p></div>',
    );
  });

  it('renders components as their content when the page gives no component data', () => {
    expect(render('<Callout kind="note">Only text.</Callout>', null).html).toBe('<p>Only text.</p>');
  });
});
