import { describe, expect, it } from 'vitest';
import { checklistSteps, normaliseStepText } from '../../../src/core/checklist/steps.ts';
import { textHash } from '../../../src/core/text-hash.ts';
import { parseBody } from '../../../src/core/load/markdown.ts';

const steps = (body: string, format: 'md' | 'mdx' = 'mdx') =>
  checklistSteps(parseBody(body, format).tree).map(({ id, number, text }) => ({ id, number, text }));

describe('checklist steps', () => {
  it('numbers the top-level steps and leaves sub-steps and edge cases plain', () => {
    const found = steps(
      `## Steps\n\n1. Confirm the order.\n2. Grant the **refund**:\n   1. in Stripe\n   2. with the ticket link\n` +
        `3. Tag the ticket.\n\n## Edge cases\n\n1. Expired card: refund as credit.\n`,
    );
    expect(found.map(({ number, text }) => [number, text])).toEqual([
      [1, 'Confirm the order.'],
      [2, 'Grant the refund:'],
      [3, 'Tag the ticket.'],
    ]);
    expect(found.map((step) => step.id)).toEqual([
      `s${textHash('confirm the order')}`,
      `s${textHash('grant the refund')}`,
      `s${textHash('tag the ticket')}`,
    ]);
  });

  it('keeps a step id through changes of case, spacing, punctuation and formatting', () => {
    const before = steps('## Steps\n\n1. Check the refund history; escalate after 2 refunds.\n')[0]!.id;
    const after = steps('## Steps\n\n1. check the **refund history** — escalate after 2 refunds\n')[0]!.id;
    expect(after).toBe(before);
    expect(steps('## Steps\n\n1. Check the refund history; escalate after 3 refunds.\n')[0]!.id).not.toBe(before);
  });

  it('takes an explicit id from a `step:` comment in MDX and in Markdown', () => {
    expect(steps('## Steps\n\n1. Confirm the order. {/* step: confirm-order */}\n2. Grant it.\n')[0]).toEqual({
      id: 'confirm-order',
      number: 1,
      text: 'Confirm the order.',
    });
    expect(steps('## Steps\n\n1. Confirm the order. <!-- step: confirm-order -->\n', 'md')[0]?.id).toBe('confirm-order');
  });

  it('tells apart two steps with the same text and counts from a list\u2019s start', () => {
    const found = steps('## Steps\n\n3. Save.\n4. Save.\n');
    expect(found.map((step) => step.number)).toEqual([3, 4]);
    expect(found[1]!.id).toBe(`${found[0]!.id}-2`);
  });

  it('finds none without a Steps section or numbered list', () => {
    expect(steps('## Edge cases\n\n1. Something.\n')).toEqual([]);
    expect(steps('## Steps\n\n- Not numbered.\n')).toEqual([]);
  });

  it('normalises text to letters and digits between single spaces', () => {
    expect(normaliseStepText('  Café — Ticket #42: DONE!  ')).toBe('cafe ticket 42 done');
    expect(textHash('x')).toMatch(/^[0-9a-z]{7}$/);
  });
});
