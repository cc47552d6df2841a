import { describe, expect, it } from 'vitest';
import { aiPublication } from '../../../src/core/ai/outputs.ts';
import { sitePathLinks } from '../../../src/core/ai/links.ts';
import { bodyMarkdown, type JsxHandler } from '../../../src/core/ai/markdown.ts';
import { aiSopViews } from '../../../src/core/ai/sop-view.ts';
import { buildCatalog } from '../../../src/core/catalog.ts';
import { parsePlainDate } from '../../../src/core/dates.ts';
import { parseBody } from '../../../src/core/load/markdown.ts';
import { toString } from 'mdast-util-to-string';
import { loadTestPlaybook, macroText, playbookFiles, sopText } from '../../helpers/playbook.ts';
import { sampleOutputs } from './sample.ts';

const frontmatter = `title: Refunds
summary: How to grant refunds and credits
owner: billing-ops
version: 1.2.0
status: active
reviewed: 2026-11-01
reviewEvery: 30d
category: billing
channels: [email, chat]
scope:
  appliesTo: Refund requests for paid plans
  excludes: Chargebacks
sla:
  - { priority: high, firstResponse: 2h, resolve: 1d }
escalation:
  - { tier: l1, owner: billing-ops, handles: Refunds up to 250 USD, when: Over 250 USD, within: 1d, contact: "#billing-ops" }
  - { tier: l2, owner: support-l2 }
macros: [refund-approved]
ai:
  use: resolve
  whenToUse: A customer asks for money back on a charge.
  notWhen: [A bank dispute is open]
  forbidden: [Promise a refund above 250 USD]
  handoff: l2`;

const body = `import { Thing } from './thing.js'
export const meta = { secret: 'exported' }

# Refunds

Intro with {props.hidden} an expression.

<Callout kind="warning" title="Careful">
Check the **charge** first.
</Callout>

<div class="raw">Raw <b>HTML</b> text</div>

## Steps

1. Find the charge in <Kbd>Billing</Kbd>.
2. Send [Refund approved](../macros/refund-approved.md).

## Edge cases

- **Expired card** — refund as account credit.
- **Open dispute**: do not refund.
- **Seat change** (billing admins only) — ask the owner.
- Duplicate charge: always refund it.
- Something with no shape at all

{/* sop-lint-disable-next-line sop-too-long -- long on purpose */}
`;

function publication(options: { today?: string; handlers?: Record<string, JsxHandler> } = {}) {
  const playbook = loadTestPlaybook(
    playbookFiles({ 'content/sops/refunds.mdx': sopText({ frontmatter, body }), 'content/macros/refund-approved.md': macroText() }),
  );
  const catalog = buildCatalog(playbook, parsePlainDate(options.today ?? '2026-11-05')!);
  return {
    playbook,
    catalog,
    outputs: aiPublication(catalog, {
      config: playbook.config.data,
      links: sitePathLinks('/help/'),
      ...(options.handlers ? { jsxHandlers: options.handlers } : {}),
    }),
  };
}

describe('the Markdown twin', () => {
  it('holds the facts, the policy, the service levels, the escalation path, the body and the macro replies', () => {
    const twin = publication().outputs.files.get('/sops/refunds.md');
    expect(twin).toBe(`# Refunds

How to grant refunds and credits

- Owner: Billing operations (\`billing-ops\`)
- Version: 1.2.0
- Status: active
- Category: Billing
- Channels: email, chat
- Last review: 2026-11-01
- Next review: 2026-12-01
- Review state: current
- AI use: resolve (an AI agent may carry out this procedure with the customer)
- Web page: /help/sops/refunds/

## When to use

A customer asks for money back on a charge.

Applies to: Refund requests for paid plans

Does not apply to: Chargebacks

## Not when

- A bank dispute is open

## Never

- Promise a refund above 250 USD

## Service levels

- high: first response within 2 hours, resolve within 1 day

## Escalation path

1. **Tier 1**: Billing operations (#billing-ops); handles Refunds up to 250 USD; within 1 day. Escalate to the next step when: Over 250 USD
2. **Tier 2**: Tier 2 support (#support-l2)

AI agents hand off to: Tier 2 (\`l2\`)

Intro with  an expression.

> **Warning: Careful**
>
> Check the **charge** first.

Raw HTML text

## Steps

1. Find the charge in Billing.
2. Send [Refund approved](../macros/refund-approved.md).

## Edge cases

- **Expired card** — refund as account credit.
- **Open dispute**: do not refund.
- **Seat change** (billing admins only) — ask the owner.
- Duplicate charge: always refund it.
- Something with no shape at all

## Macros

### Refund approved

Macro \`refund-approved\`, reply text with its placeholders:

\`\`\`text
Hi {{ticket.requester.first_name}}, your refund is on its way.
\`\`\`
`);
  });

  it('has no MDX, no HTML and no exported code left', () => {
    const twin = publication().outputs.files.get('/sops/refunds.md')!;
    for (const leftover of [
      'import',
      'export const',
      'secret',
      '{props',
      'props.hidden',
      '<Callout',
      '</',
      '<div',
      '<b>',
      'sop-lint-disable',
    ])
      expect(twin, leftover).not.toContain(leftover);
  });

  it('says in its header when the review is due soon, and the JSON carries the review state', () => {
    const { outputs } = publication({ today: '2026-11-25' });
    const twin = outputs.files.get('/sops/refunds.md')!;
    expect(twin.split('\n\n')[2]).toBe(
      '**Review due soon:** this SOP is due for review on 2026-12-01 (in 6 days); follow it, and hand off anything it does not cover.',
    );
    expect(twin).toContain('- Review state: due soon');
    const json = JSON.parse(outputs.files.get('/api/sops/refunds.json')!);
    expect(json.review).toEqual({ reviewed: '2026-11-01', nextReview: '2026-12-01', state: 'due-soon', daysLeft: 6 });
  });

  it('is the same text on every run', () => {
    expect(publication().outputs.files).toEqual(publication().outputs.files);
  });
});

describe('MDX components in a twin', () => {
  const tree = (text: string) => parseBody(text, 'mdx').tree;
  const links = { resolveLink: (url: string) => url };

  it('read as their children when no handler knows them, inline and as blocks', () => {
    expect(bodyMarkdown(tree('<Tabs>\n<Tab channel="email">\nWrite back.\n</Tab>\n</Tabs>\n\nPress <Kbd>Save</Kbd> now.\n'), links)).toBe(
      'Write back.\n\nPress Save now.',
    );
  });

  it('go through a handler by name: the extension point for Callout, Macro and Tab', () => {
    const handlers: Record<string, JsxHandler> = {
      Callout: (_element, context) => [{ type: 'blockquote', children: context.children as never }],
      Tab: (_element, context) => [
        { type: 'heading', depth: 3, children: [{ type: 'text', value: `On ${context.attribute('channel')}` }] },
        ...context.children,
      ],
      Macro: (_element, context) => [{ type: 'paragraph', children: [{ type: 'text', value: `(reply ${context.attribute('id')})` }] }],
    };
    const text =
      '<Callout kind="tip">\nBe brief.\n</Callout>\n\n<Tab channel="chat">\nUse short lines.\n</Tab>\n\n<Macro id="refund-approved" />\n';
    expect(bodyMarkdown(tree(text), { ...links, jsxHandlers: handlers })).toBe(
      '> Be brief.\n\n### On chat\n\nUse short lines.\n\n(reply refund-approved)',
    );
  });

  it('leave no raw HTML in a Markdown SOP: comments vanish, markup leaves its text', () => {
    const text = '<!-- an author\'s note -->\n\n<div class="raw">Raw <b>HTML</b> text</div>\n\nPlain <span>words</span>.\n';
    expect(bodyMarkdown(parseBody(text, 'md').tree, links)).toBe('Raw HTML text\n\nPlain words.');
  });

  it('leave nothing of expressions, ESM or a handler that returns nothing', () => {
    const text = "import X from './x.js'\n\n{1 + 1}\n\n<Video src=\"a.mp4\" />\n\nKept {'inline'} text.\n";
    expect(bodyMarkdown(tree(text), { ...links, jsxHandlers: { Video: () => [] } })).toBe('Kept  text.');
  });
});

describe('the SOP components of the contract in a twin', () => {
  it('read as a blockquote, the macro reply, labelled tabs, a screenshot description and a video link', () => {
    const componentsBody = `## Steps

1. Check the charge.

<Callout kind="tip">
Be brief.
</Callout>

<Tabs>
<Tab channel="email">
Write back.
</Tab>
<Tab channel="chat">
Answer live.
</Tab>
</Tabs>

<Macro id="refund-approved" />

<Macro id="old-reply" />

<Screenshot src="/images/stripe.png" alt="The Stripe refund dialog" caption="Amount first" />

<Video src="/videos/refund.mp4" title="Refunding in Stripe" />

## Edge cases

- **Expired card**: refund as credit.
`;
    const playbook = loadTestPlaybook(
      playbookFiles({
        'content/sops/refunds.mdx': sopText({ body: componentsBody }),
        'content/macros/refund-approved.md': macroText(),
        'content/macros/old-reply.md': macroText({ body: 'An archived reply.\n' }).replace('status: active', 'status: archived'),
      }),
    );
    const catalog = buildCatalog(playbook, parsePlainDate('2026-11-05')!);
    const [view] = aiSopViews(catalog, { links: sitePathLinks('/'), defaults: playbook.config.data.ai }).forAi;
    expect(view!.body).toBe(`## Steps

1. Check the charge.

> **Tip**
>
> Be brief.

**On Email:**

Write back.

**On Chat:**

Answer live.

Reply with the macro “Refund approved” (\`refund-approved\`):

\`\`\`text
Hi {{ticket.requester.first_name}}, your refund is on its way.
\`\`\`

*Screenshot: The Stripe refund dialog: Amount first*

Video: [Refunding in Stripe](/videos/refund.mp4)

## Edge cases

- **Expired card**: refund as credit.`);
    expect(view!.body).not.toContain('archived reply');
  });
});

describe('the structured SOP', () => {
  it('has steps as an array and edge cases as situation and action where the list has that shape', () => {
    const { catalog, playbook } = publication();
    const [view] = aiSopViews(catalog, { links: sitePathLinks('/'), defaults: playbook.config.data.ai }).forAi;
    expect(view!.steps).toEqual(['Find the charge in Billing.', 'Send [Refund approved](../macros/refund-approved.md).']);
    expect(view!.edgeCases).toEqual([
      { situation: 'Expired card', action: 'refund as account credit.' },
      { situation: 'Open dispute', action: 'do not refund.' },
      { situation: 'Seat change (billing admins only)', action: 'ask the owner.' },
      { situation: 'Duplicate charge', action: 'always refund it.' },
      { text: 'Something with no shape at all' },
    ]);
  });
});

describe('every twin of the sample', () => {
  it('parses as plain Markdown with no HTML, its H1 the title, and the sections an agent needs', async () => {
    const { publication, all } = await sampleOutputs();
    const ready = publication.sops.filter((sop) => sop.excluded === undefined);
    expect(ready).toHaveLength(10);
    for (const sop of ready) {
      const tree = parseBody(all.get(`/sops/${sop.id}.md`)!, 'md').tree;
      const kinds = new Set<string>();
      const walk = (node: { type: string; children?: unknown[] }) => {
        kinds.add(node.type);
        for (const child of (node.children ?? []) as Array<{ type: string }>) walk(child);
      };
      walk(tree);
      expect(kinds.has('html'), sop.id).toBe(false);
      const headings = tree.children.filter((node) => node.type === 'heading').map((node) => [node.depth, toString(node)]);
      expect(headings[0], sop.id).toEqual([1, sop.title]);
      expect(
        headings.filter(([depth]) => depth === 1),
        sop.id,
      ).toHaveLength(1);
      const titles = headings.map(([, text]) => String(text).toLowerCase());
      for (const needed of ['when to use', 'never', 'escalation path', 'steps']) expect(titles, `${sop.id}: ${needed}`).toContain(needed);
      expect(
        titles.some((title) => ['edge cases', 'exceptions', 'edge cases and exceptions'].includes(title)),
        sop.id,
      ).toBe(true);
      const facts = all.get(`/sops/${sop.id}.md`)!;
      for (const fact of [
        `- Version: ${sop.version}`,
        `- Last review: ${sop.review.reviewed}`,
        `- Next review: ${sop.review.nextReview}`,
        `- AI use: ${sop.policy.use}`,
      ])
        expect(facts, sop.id).toContain(fact);
    }
  });
});
