import { macroOrphaned } from '../../../../src/core/lint/rules/macro-orphaned.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { testRule } from '../../../helpers/rule-tester.ts';

const sopListing = (macros: string, extra = '') =>
  sopText({
    frontmatter:
      `title: Refunds\nsummary: Refunds\nowner: billing-ops\nversion: 1.0.0\nstatus: active\nreviewed: 2026-11-01\n` +
      `category: billing\nscope:\n  appliesTo: Refunds\nmacros: [${macros}]${extra}`,
  });

const macroWithStatus = (status: string) =>
  macroText({ frontmatter: `title: Refund\nowner: billing-ops\nreviewed: 2026-11-01\nstatus: ${status}\ncategory: billing` });

testRule(macroOrphaned, {
  valid: [
    {
      name: 'a macro an SOP lists',
      files: { 'content/sops/refunds.mdx': sopListing('refund-approved'), 'content/macros/refund-approved.md': macroText() },
    },
    { name: 'an archived macro nobody lists', files: { 'content/macros/old-refund.md': macroWithStatus('archived') } },
    {
      name: 'a macro listed by an SOP whose other fields are invalid',
      files: {
        'content/sops/refunds.mdx': sopListing('refund-approved', '\nreviewd: 2026-11-01'),
        'content/macros/refund-approved.md': macroText(),
      },
    },
    {
      name: 'a macro an SOP shows inline with <Macro id> without listing it',
      files: {
        'content/sops/refunds.mdx': sopText({
          body: '## Steps\n\n1. Send it:\n\n   <Macro id="goodwill-credit" />\n\n## Edge cases\n\n- **A**: b.\n',
        }),
        'content/macros/refund-approved.md': macroWithStatus('archived'),
        'content/macros/goodwill-credit.md': macroText(),
      },
    },
  ],
  invalid: [
    {
      name: 'a macro no SOP lists, at the start of the file',
      files: {
        'content/sops/refunds.mdx': sopListing('refund-approved'),
        'content/macros/refund-approved.md': macroText(),
        'content/macros/goodwill-credit.md': macroText(),
      },
      findings: [
        {
          file: 'content/macros/goodwill-credit.md',
          line: 1,
          column: 1,
          severity: 'warning',
          message:
            "macro `goodwill-credit` is not listed in any SOP's `macros` nor shown with `<Macro id>`; add it to the SOPs that " +
            'use it, or archive it',
        },
      ],
    },
    {
      name: 'a draft macro no SOP lists yet',
      files: { 'content/macros/goodwill-credit.md': macroWithStatus('draft') },
      findings: [{ file: 'content/macros/goodwill-credit.md', line: 1, column: 1, severity: 'warning', message: '`goodwill-credit`' }],
    },
  ],
});
