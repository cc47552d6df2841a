import { describe, expect, it } from 'vitest';
import { brokenLink } from '../../../../src/core/lint/rules/broken-link.ts';
import { macroText, sopText } from '../../../helpers/playbook.ts';
import { lintCase, testRule } from '../../../helpers/rule-tester.ts';

const file = 'content/sops/refunds.mdx';
const steps = '## Steps\n\n1. Confirm the order.\n\n## Edge cases\n\n- **Expired card**: refund as credit.\n\n';
// `sopText` bodies start on line 13; `steps` takes 8 lines, so the line under test is line 21.
const line = 21;
const others = {
  'content/sops/chargebacks.mdx': sopText({ body: '## Steps\n\n1. Check the dispute.\n\n## Evidence to send\n\nText.\n' }),
  'content/macros/refund-approved.md': macroText(),
};
const sopWith = (text: string, extra: Record<string, string> = {}) => ({
  ...others,
  ...extra,
  [file]: sopText({ body: `${steps}${text}\n` }),
});
const assets = new Set([
  'public/images/flow.png',
  'content/sops/images/refund-form.png',
  'public/files/refund-form.pdf',
  'content/assets/refund.png',
  'content/assets/refund.webm',
]);
const assetExists = (path: string) => assets.has(path);

testRule(brokenLink, {
  valid: [
    {
      name: 'a link to an SOP with and without a trailing slash',
      files: sopWith('See [chargebacks](/sops/chargebacks/) and [again](/sops/chargebacks).'),
    },
    { name: 'a link to a heading of another SOP', files: sopWith('See [evidence](/sops/chargebacks/#evidence-to-send).') },
    {
      name: 'a link to a macro page and the macro registry',
      files: sopWith('Send [the reply](/macros/refund-approved/) from [the registry](/macros/).'),
    },
    {
      name: 'links to the site pages',
      files: sopWith(
        '[Home](/), [reviews](/reviews/), [escalations](/escalations/), [changes](/changes/), [billing ' +
          'ops](/owners/billing-ops/), [Maya](/owners/maya-chen), [billing](/categories/billing/), [refunds](/tags/refund/).',
      ),
    },
    {
      name: 'links to later pages of long listings: a category, an owner and the macro registry',
      files: sopWith('[More billing](/categories/billing/2/), [more of billing ops](/owners/billing-ops/3/), [macros](/macros/page/2/).'),
    },
    {
      name: 'external, mail and phone links',
      files: sopWith(
        '[Stripe](https://stripe.com/docs), [mail](mailto:billing@example.com), [call](tel:+18005550199), <https://example.com>.',
      ),
    },
    {
      name: 'relative links to content files with an anchor',
      files: sopWith('[Chargebacks](./chargebacks.mdx#steps), [reply](../macros/refund-approved.md).'),
    },
    { name: 'a link to a heading on the same page', files: sopWith('See [edge cases](#edge-cases) above.') },
    { name: 'images that exist', files: sopWith('![Flow](/images/flow.png) ![Form](./images/refund-form.png)'), assetExists },
    { name: 'a file in public/ linked by its root path', files: sopWith('Fill in [the form](/files/refund-form.pdf).'), assetExists },
    { name: 'an MDX link element to an SOP', files: sopWith('<a href="/sops/chargebacks/">Chargebacks</a>') },
    {
      name: 'a Zendesk placeholder in a macro link',
      files: { 'content/macros/help.md': macroText({ body: 'Read [the article]({{help_center.url}}/articles/123).\n' }) },
    },
    {
      name: 'a link in a macro to an SOP',
      files: { ...others, 'content/macros/help.md': macroText({ body: 'Per [our policy](/sops/chargebacks/).\n' }) },
    },
  ],
  invalid: [
    {
      name: 'a later page of a category that does not exist',
      files: sopWith('[More](/categories/billingz/2/).'),
      findings: [{ file, line, column: 1, message: 'finds no category `billingz`' }],
    },
    {
      name: 'a screenshot, video or captions file that is not in the assets folder, at the prop',
      files: sopWith(
        '<Screenshot src="../assets/refund.png" alt="A" />\n\n<Screenshot src="../assets/refnd.png" alt="A" />\n\n' +
          '<Video src="../assets/refund.webm" title="T" captions="../assets/refund.vtt" />',
      ),
      assetExists,
      findings: [
        { file, line: line + 2, column: 13, message: 'image `../assets/refnd.png` finds no file `content/assets/refnd.png`' },
        { file, line: line + 4, column: 46, message: 'finds no file `content/assets/refund.vtt`' },
      ],
    },
    {
      name: 'a link to an unknown SOP, suggesting the nearest id',
      files: sopWith('See [chargebacks](/sops/chargeback/).'),
      findings: [
        {
          file,
          line,
          column: 5,
          message:
            'link to `/sops/chargeback/` finds no SOP `chargeback`; did you mean `chargebacks`? Link to an existing SOP or fix the id',
        },
      ],
    },
    {
      name: 'a link to a missing heading of another SOP, suggesting the nearest anchor',
      files: sopWith('See [evidence](/sops/chargebacks/#evidence).'),
      findings: [
        {
          file,
          line,
          column: 5,
          message: 'finds no heading `#evidence` in SOP `chargebacks`; link to one of its headings: `#steps`, `#evidence-to-send`',
        },
      ],
    },
    {
      name: 'a link to a missing heading on the same page',
      files: sopWith('See [edge cases](#edge-case).'),
      findings: [
        { file, line, column: 5, message: 'link to `#edge-case` finds no heading `#edge-case` on this page; did you mean `edge-cases`?' },
      ],
    },
    {
      name: 'a link to an unknown macro, owner and category',
      files: sopWith('[a](/macros/refund-aproved/) [b](/owners/maya/) [c](/categories/billng/)'),
      findings: [
        { file, line, column: 1, message: 'finds no macro `refund-aproved`; did you mean `refund-approved`?' },
        { file, line, column: 30, message: 'finds no person or team `maya`' },
        { file, line, column: 49, message: 'finds no category `billng`; did you mean `billing`?' },
      ],
    },
    {
      name: 'a link to a page the site does not have',
      files: sopWith('See [the team](/team/).'),
      findings: [{ file, line, column: 5, message: 'link to `/team/` finds no page of the playbook' }],
    },
    {
      name: 'a relative link to a missing SOP file, suggesting the nearest file',
      files: sopWith('See [chargebacks](./chargeback.mdx).'),
      findings: [{ file, line, column: 5, message: 'finds no file `content/sops/chargeback.mdx`; did you mean `chargebacks.mdx`?' }],
    },
    {
      name: 'missing images at their own lines, relative and from public/',
      files: sopWith('![Flow](/images/flw.png)\n\nText ![Form](./img/form.png).'),
      assetExists,
      findings: [
        { file, line, column: 1, message: 'image `/images/flw.png` finds no file `public/images/flw.png`; add the file or fix the path' },
        { file, line: line + 2, column: 6, message: 'image `./img/form.png` finds no file `content/sops/img/form.png`' },
      ],
    },
    {
      name: 'a reference definition to an unknown SOP',
      files: sopWith('See [the policy][policy].\n\n[policy]: /sops/policy/'),
      findings: [{ file, line: line + 2, column: 1, message: 'finds no SOP `policy`' }],
    },
    {
      name: 'an MDX image element with a missing source',
      files: sopWith('<img src="./missing.png" alt="" />'),
      assetExists,
      findings: [{ file, line, column: 6, message: 'image `./missing.png` finds no file `content/sops/missing.png`' }],
    },
    {
      name: 'a file:/// image and link, which only the author can open',
      files: sopWith('![card](file:///C:/Users/ann/card.png) and [form](FILE:///home/ann/form.pdf)'),
      findings: [
        {
          file,
          line,
          column: 1,
          message:
            'image `file:///C:/Users/ann/card.png` is a file on one computer, which readers cannot open; copy the image into ' +
            '`public/images/` and write `/images/<name>`',
        },
        {
          file,
          line,
          column: 44,
          message:
            'link to `FILE:///home/ann/form.pdf` is a file on one computer, which readers cannot open; link to a page of the ' +
            'playbook or a web address',
        },
      ],
    },
    {
      name: 'a link that climbs out of the project',
      files: sopWith('[x](../../../secret.txt)'),
      findings: [{ file, line, column: 1, message: 'points outside the project' }],
    },
    {
      name: 'a link in a macro to a missing SOP',
      files: { 'content/macros/help.md': macroText({ body: 'Hello,\n\nPer [our policy](/sops/refund-policy/).\n' }) },
      findings: [{ file: 'content/macros/help.md', line: 11, column: 5, message: 'finds no SOP `refund-policy`' }],
    },
  ],
});

describe('broken-link', () => {
  it('places a finding with its end, for editors to underline the link', () => {
    const [diagnostic] = lintCase(brokenLink, { name: 'range', files: sopWith('See [x](/sops/nope/).') });
    expect(diagnostic).toMatchObject({ line, column: 5, endLine: line, endColumn: 21 });
  });
});
