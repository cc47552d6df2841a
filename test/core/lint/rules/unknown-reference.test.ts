import { unknownReference } from '../../../../src/core/lint/rules/unknown-reference.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

interface SopReferences {
  status?: string;
  category?: string;
  tags?: string;
  channels?: string;
  tier?: string;
  macros?: string;
  related?: string;
}

/** `refunds` naming references on fixed lines: category 8, tags 9, channels 10, second tier 15, macros 16, related 17. */
function refundsSop(references: SopReferences = {}): string {
  const { status = 'active', category = 'billing', tags = 'refund', channels = 'email, chat', tier = 'l2' } = references;
  return sopText({
    frontmatter: `title: Refunds
summary: How to grant refunds
owner: billing-ops
version: 1.0.0
status: ${status}
reviewed: 2026-11-01
category: ${category}
tags: [${tags}]
channels: [${channels}]
scope:
  appliesTo: Refund requests
escalation:
  - { tier: l1, owner: maya-chen, when: Over 250 USD }
  - { tier: ${tier}, owner: support-l2 }
macros: [${references.macros ?? 'refund-approved'}]
related: [${references.related ?? 'chargebacks'}]`,
  });
}

const otherSop = (status: string) =>
  sopText({
    frontmatter:
      `title: Other\nsummary: Other\nowner: billing-ops\nversion: 1.0.0\nstatus: ${status}\nreviewed: 2026-11-01\n` +
      `category: billing\nscope:\n  appliesTo: Other`,
  });

const macro = (status: string, extra = '') =>
  macroText({ frontmatter: `title: Refund\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: ${status}\ncategory: billing${extra}` });

/** The playbook around `refunds`: an active and a draft SOP, a live and an archived macro. */
const withRefunds = (references: SopReferences = {}) => ({
  'content/sops/refunds.mdx': refundsSop(references),
  'content/sops/chargebacks.mdx': otherSop('active'),
  'content/sops/cancellations.mdx': otherSop('draft'),
  'content/macros/refund-approved.md': macro('active'),
  'content/macros/old-refund.md': macro('archived'),
});

const file = 'content/sops/refunds.mdx';

testRule(unknownReference, {
  valid: [
    { name: 'references that all exist', files: withRefunds() },
    { name: 'any tags in a category that lists none', files: withRefunds({ category: 'account', tags: 'anything-goes' }) },
    { name: 'a draft relating to a draft', files: withRefunds({ status: 'draft', related: 'cancellations' }) },
    { name: 'a retired SOP still listing an archived macro', files: withRefunds({ status: 'retired', macros: 'old-refund' }) },
    {
      name: 'a macro in a known category and channels',
      files: { 'content/macros/refund-approved.md': macro('active', '\nchannels: [email]\ntags: [refund]') },
    },
    {
      name: 'ids that are no ids at all, which `frontmatter-schema` reports',
      files: withRefunds({ category: 'Billing Team', channels: 'E Mail' }),
    },
  ],
  invalid: [
    {
      name: 'an unknown category with a suggestion',
      files: withRefunds({ category: 'biling', tags: '' }),
      findings: [
        {
          file,
          line: 8,
          column: 11,
          message: 'unknown category `biling`; did you mean `billing`? Use a category from playbook.yaml or add it to `categories` there',
        },
      ],
    },
    {
      name: 'a tag the category does not allow',
      files: withRefunds({ tags: 'refund, refnd' }),
      findings: [
        {
          file,
          line: 9,
          column: 16,
          message: "tag `refnd` is not one of category `billing`'s tags; did you mean `refund`? Use one of `refund`, `failed-charge`",
        },
      ],
    },
    {
      name: 'an unknown channel',
      files: withRefunds({ channels: 'email, sms' }),
      findings: [
        { file, line: 10, column: 19, message: 'unknown channel `sms`; use a channel from playbook.yaml or add it to `channels` there' },
      ],
    },
    {
      name: 'an unknown escalation tier',
      files: withRefunds({ tier: 'l3' }),
      findings: [{ file, line: 15, column: 13, message: 'unknown escalation tier `l3`; did you mean `l1`? Use a tier from playbook.yaml' }],
    },
    {
      name: 'a misspelt macro and an archived one',
      files: withRefunds({ macros: 'refund-aproved, old-refund' }),
      findings: [
        {
          file,
          line: 16,
          column: 10,
          message:
            'unknown macro `refund-aproved`; did you mean `refund-approved`? Fix the id or create `content/macros/refund-aproved.md`',
        },
        { file, line: 16, column: 26, message: 'macro `old-refund` is archived; pick its replacement or restore it' },
      ],
    },
    {
      name: 'an SOP related to itself, to a misspelt SOP and to a draft',
      files: withRefunds({ related: 'refunds, chargebaks, cancellations' }),
      findings: [
        { file, line: 17, column: 11, message: '`related` lists SOP `refunds` itself; remove it' },
        { file, line: 17, column: 20, message: 'unknown related SOP `chargebaks`; did you mean `chargebacks`?' },
        { file, line: 17, column: 32, message: 'related SOP `cancellations` is a draft and is not published' },
      ],
    },
    {
      name: 'a shadow SOP related to a draft, since shadow SOPs are published',
      files: withRefunds({ status: 'shadow', related: 'cancellations' }),
      findings: [{ file, line: 17, column: 11, message: 'remove it or publish `cancellations` first' }],
    },
    {
      name: 'references in an SOP whose other fields are invalid',
      files: { ...withRefunds({ channels: 'sms' }), 'content/sops/refunds.mdx': refundsSop({ channels: 'sms', status: 'live' }) },
      findings: [{ file, line: 10, column: 12, message: 'unknown channel `sms`' }],
    },
    {
      name: 'a macro in an unknown category on an unknown channel',
      files: {
        'content/macros/refund-approved.md': macro('active', '\nchannels: [emial]').replace('category: billing', 'category: refunds'),
      },
      findings: [
        { file: 'content/macros/refund-approved.md', line: 6, column: 11, message: 'unknown category `refunds`' },
        { file: 'content/macros/refund-approved.md', line: 7, column: 12, message: 'unknown channel `emial`; did you mean `email`?' },
      ],
    },
    {
      name: 'an unknown inline macro and tab channel in the body, at their props',
      files: {
        ...withRefunds(),
        [file]: refundsSop().replace(
          '## Steps\n',
          '## Steps\n\n<Macro id="refund-aproved" />\n\n<Macro id="old-refund" />\n\n<Tabs>\n' +
            '  <Tab channel="emial">By email.</Tab>\n</Tabs>\n',
        ),
      },
      findings: [
        { file, line: 22, column: 8, message: '`<Macro>` names unknown macro `refund-aproved`; did you mean `refund-approved`?' },
        { file, line: 24, column: 8, message: '`<Macro>` shows macro `old-refund`, which is archived' },
        { file, line: 27, column: 8, message: '`<Tab>` names unknown channel `emial`; did you mean `email`?' },
      ],
    },
  ],
});
