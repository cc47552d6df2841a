import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { loadTestPlaybook, macroText, playbookFiles } from '../helpers/playbook.ts';
import { markPlaceholders } from '../../src/site/mark-placeholders.ts';
import { renderBody } from '../../src/site/render-body.ts';

describe('markPlaceholders', () => {
  it('wraps placeholders in text, nested elements included, and leaves attributes alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'Hi {{ticket.requester.first_name}}, see ' },
            {
              type: 'element',
              tagName: 'a',
              properties: { href: 'https://x.example/{{ticket.id}}' },
              children: [{ type: 'text', value: '{{ticket.id}}' }],
            },
          ],
        },
      ],
    };
    markPlaceholders(tree);
    expect(toHtml(tree)).toBe(
      '<p>Hi <mark class="placeholder">{{ticket.requester.first_name}}</mark>, see <a ' +
        'href="https://x.example/{{ticket.id}}"><mark class="placeholder">{{ticket.id}}</mark></a></p>',
    );
  });

  it('keeps markup in a macro as text while marking placeholders next to it', () => {
    const playbook = loadTestPlaybook(
      playbookFiles({
        'content/macros/hostile.md': macroText({ body: 'Hi {{ticket.id}} <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n' }),
      }),
    );
    const { html } = renderBody(playbook.macros[0]!.tree, { base: '/', kind: 'macro', transform: markPlaceholders });
    expect(html).toBe(
      '<p>Hi <mark class="placeholder">{{ticket.id}}</mark> &#x3C;script>alert(1)&#x3C;/script></p>\n&#x3C;img src=x onerror=alert(1)>',
    );
  });
});
