import { describe, expect, it } from 'vitest';
import { checklistSteps } from '../../src/core/checklist/steps.ts';
import { parseBody } from '../../src/core/load/markdown.ts';
import { markChecklist } from '../../src/site/checklist-markup.ts';
import { renderBody } from '../../src/site/render-body.ts';
import { parseHtml } from './parse-html.ts';

function rendered(body: string): Document {
  const { tree } = parseBody(body, 'mdx');
  return parseHtml(`<div>${renderBody(tree, { base: '/', kind: 'sop', transform: markChecklist(checklistSteps(tree)) }).html}</div>`);
}

describe('checklist markup in a rendered SOP body', () => {
  it('marks top-level steps, leaves sub-steps and edge cases plain, and puts one run bar before the first list', () => {
    const document = rendered(
      '## Steps\n\n1. Confirm the order.\n2. Grant the refund:\n   1. in Stripe\n   2. with the ticket link\n\n' +
        '### Afterwards\n\n3. Tag the ticket.\n\n## Edge cases\n\n1. Expired card: refund as credit.\n',
    );
    const marked = [...document.querySelectorAll('li[data-step]')].map((item) => [
      item.getAttribute('data-step-number'),
      item.firstChild?.textContent?.trim(),
    ]);
    expect(marked).toEqual([
      ['1', 'Confirm the order.'],
      ['2', 'Grant the refund:'],
      ['3', 'Tag the ticket.'],
    ]);
    expect(document.querySelectorAll('li[data-step] li[data-step]')).toHaveLength(0);
    expect(document.querySelectorAll('ol[data-steps]')).toHaveLength(2);
    expect(document.querySelector('#edge-cases + ol')?.hasAttribute('data-steps')).toBe(false);
    expect(document.querySelectorAll('[data-run-bar]')).toHaveLength(1);
    expect(document.querySelector('#steps + [data-run-bar] + ol[data-steps]')).not.toBeNull();
    expect([...document.querySelectorAll('[data-run-bar] button')].map((button) => button.textContent)).toEqual(['Copy run log', 'Reset']);
  });

  it('marks steps inside a component and adds nothing when there are no steps', () => {
    expect(
      rendered('## Steps\n\n<Callout kind="note">\n\n1. Inside a callout.\n\n</Callout>\n').querySelectorAll('li[data-step]'),
    ).toHaveLength(1);
    const none = rendered('## Steps\n\n- Not numbered.\n');
    expect(none.querySelector('[data-run-bar], [data-step]')).toBeNull();
  });
});
